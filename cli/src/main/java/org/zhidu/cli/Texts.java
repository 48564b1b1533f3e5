package org.zhidu.cli;

import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.zhidu.core.finding.Message;

/**
 * The message catalogue in one language. Placeholders are {0}, {1}, …; unlike MessageFormat, quotes are plain
 * text, so a message can say 不加“第” without escaping.
 */
public final class Texts {

  public static final String BUNDLE = "org.zhidu.cli.Messages";

  private final Lang lang;
  /** Read when first asked for: `zhidu --version` never needs it. */
  private ResourceBundle bundle;

  public Texts(Lang lang) {
    this.lang = lang;
  }

  public Lang lang() {
    return lang;
  }

  public synchronized ResourceBundle bundle() {
    if (bundle == null) {
      bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
    return bundle;
  }

  public boolean has(String key) {
    return bundle().containsKey(key);
  }

  /**
   * The text of a key with its arguments; a missing key shows itself, so it is seen and fixed. {@code {0}} is an
   * argument; {@code {0|name|names}} is a count followed by the word in its number (English needs it; "1 names"
   * reads oddly).
   */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle().getString(key);
    } catch (MissingResourceException e) {
      return key + (args.length == 0 ? "" : " " + List.of(args));
    }
    if (args.length == 0 || pattern.indexOf('{') < 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      int bar = c == '{' && close > 0 ? pattern.indexOf('|', i) : -1;
      if (close > i + 1 && close - i <= 3 && isDigits(pattern, i + 1, close)) {
        int index = Integer.parseInt(pattern, i + 1, close, 10);
        out.append(index < args.length ? String.valueOf(args[index]) : "");
        i = close;
      } else if (bar > i + 1 && bar < close && bar - i <= 3 && isDigits(pattern, i + 1, bar)) {
        // {0|name|names}: the count and the word in its number ("1 name", "2 names")
        int index = Integer.parseInt(pattern, i + 1, bar, 10);
        String[] words = pattern.substring(bar + 1, close).split("\\|", -1);
        String value = index < args.length ? String.valueOf(args[index]) : "";
        out.append(value).append(' ').append(value.equals("1") || words.length < 2 ? words[0] : words[1]);
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A message in this language. An argument written {@code @key} is itself a key (such as
   * {@code @calendar.type.weekend}), so that core can name a word without choosing its language.
   */
  public String message(Message message) {
    Object[] args = message.args().toArray();
    for (int i = 0; i < args.length; i++) {
      String arg = (String) args[i];
      if (arg.length() > 1 && arg.charAt(0) == '@' && bundle().containsKey(arg.substring(1))) {
        args[i] = bundle().getString(arg.substring(1));
      } else {
        args[i] = org.zhidu.cli.output.Visible.shortened(arg); // a cell of any length is named, not printed whole
      }
    }
    return get(message.key(), args);
  }

  /** A segment or field name in this language; the Chinese label is its own key. */
  public String field(String label) {
    if (label == null) {
      return null;
    }
    String key = "field." + label;
    return bundle().containsKey(key) ? bundle().getString(key) : label;
  }
}
