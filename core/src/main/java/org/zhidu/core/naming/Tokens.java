package org.zhidu.core.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * A name cut at its separators. A separator is a run of dashes (any of {@link Characters#isDash}) with the spaces
 * around it; a leading date written with hyphens (2015-05-26-纪要-…) stays one token.
 */
final class Tokens {

  /**
   * One token: where it is in the name, and the separator written before it ("" for the first). Its text is cut
   * out of the name only when asked for: most tokens of a long title never are.
   */
  static final class Token {
    private final String name;
    private final int start;
    private final int end;
    private final String separatorBefore;
    private final int separatorStart;
    private String text;

    Token(String name, int start, int end, String separatorBefore, int separatorStart) {
      this.name = name;
      this.start = start;
      this.end = end;
      this.separatorBefore = separatorBefore;
      this.separatorStart = separatorStart;
    }

    String text() {
      if (text == null) {
        text = name.substring(start, end);
      }
      return text;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    String separatorBefore() {
      return separatorBefore;
    }

    int separatorStart() {
      return separatorStart;
    }
  }

  private Tokens() {}

  /** Cuts {@code name[0, n)}: the text before its extension. */
  static List<Token> split(String name, int n) {
    List<Token> tokens = new ArrayList<>(6);
    int start = leadingDateEnd(name, n);
    int tokenStart = 0;
    String separator = "";
    int separatorStart = 0;
    int i = start;
    while (i < n) {
      char c = name.charAt(i);
      if (!Characters.isDash(c)) {
        i++;
        continue;
      }
      int sepFrom = i;
      while (sepFrom > tokenStart && Characters.isSpace(name.charAt(sepFrom - 1))) {
        sepFrom--;
      }
      int sepTo = i;
      while (sepTo < n && Characters.isDash(name.charAt(sepTo))) {
        sepTo++;
      }
      while (sepTo < n && Characters.isSpace(name.charAt(sepTo))) {
        sepTo++;
      }
      tokens.add(new Token(name, tokenStart, sepFrom, separator, separatorStart));
      separator = sepTo - sepFrom == 1 && c == '-' ? "-" : name.substring(sepFrom, sepTo);
      separatorStart = sepFrom;
      tokenStart = sepTo;
      i = sepTo;
    }
    tokens.add(new Token(name, tokenStart, n, separator, separatorStart));
    return tokens;
  }

  /**
   * The end of a date written yyyy-m-d at the start of the name, so its hyphens are not taken for separators;
   * 0 when the name does not start so.
   */
  private static int leadingDateEnd(String name, int n) {
    int i = 0;
    while (i < n && Characters.isSpace(name.charAt(i))) {
      i++;
    }
    int digits = 0;
    while (i < n && Characters.isAnyDigit(name.charAt(i))) {
      i++;
      digits++;
    }
    if (digits != 4) {
      return 0;
    }
    for (int part = 0; part < 2; part++) {
      if (i >= n || (name.charAt(i) != '-' && name.charAt(i) != '－')) {
        return 0;
      }
      i++;
      int width = 0;
      while (i < n && Characters.isAnyDigit(name.charAt(i)) && width < 2) {
        i++;
        width++;
      }
      if (width == 0) {
        return 0;
      }
    }
    if (i < n && Characters.isAnyDigit(name.charAt(i))) {
      return 0;
    }
    return i;
  }
}
