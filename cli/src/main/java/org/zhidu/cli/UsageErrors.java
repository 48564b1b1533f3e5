package org.zhidu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's own complaints about a command line, told in the user's language: a missing parameter, an argument
 * nobody expected, a value that does not fit (with the accepted values in lower case, as users type them), an
 * option given twice. Anything else keeps picocli's wording.
 */
final class UsageErrors {

  private UsageErrors() {}

  static String describe(ParameterException e, Texts texts) {
    if (e instanceof MissingParameterException missing) {
      List<String> names = new ArrayList<>();
      for (ArgSpec arg : missing.getMissing()) {
        names.add(name(arg));
      }
      return texts.get("cli.error.missing", String.join(texts.lang() == Lang.EN ? ", " : "、", names));
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      String told = texts.get("cli.error.unmatched", "'" + String.join("' '", unmatched.getUnmatched()) + "'");
      List<String> close = unmatched.getSuggestions();
      return close.isEmpty() ? told
          : told + texts.get("cli.error.did_you_mean", String.join(texts.lang() == Lang.EN ? ", " : "、", close));
    }
    if (e instanceof MutuallyExclusiveArgsException exclusive) {
      // picocli names the options only in its message: "Error: --role=ROLE, --person=NAME are mutually exclusive …"
      String m = exclusive.getMessage();
      int from = m.startsWith("Error: ") ? "Error: ".length() : 0;
      int to = m.indexOf(" are mutually exclusive");
      if (to > from) {
        return texts.get("cli.error.exclusive", m.substring(from, to));
      }
    }
    if (e instanceof OverwrittenOptionException twice) {
      return texts.get("cli.error.twice", name(twice.getOverwritten()));
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getValue() != null) {
      Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
      if (type.isEnum()) {
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
          values.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
        }
        return texts.get("cli.error.enum", name(arg), e.getValue(), String.join("|", values));
      }
      if (e.getCause() instanceof TypeConversionException why && texts.has(why.getMessage())) {
        return texts.get("cli.error.value_because", name(arg), e.getValue(), texts.get(why.getMessage()));
      }
      return texts.get("cli.error.value", name(arg), e.getValue());
    }
    return e.getMessage();
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return option.longestName();
    }
    return arg.paramLabel();
  }
}
