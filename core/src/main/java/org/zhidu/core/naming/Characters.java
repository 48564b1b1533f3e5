package org.zhidu.core.naming;

/** Character classes the naming rules care about. */
final class Characters {

  private Characters() {}

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isFullwidthDigit(char c) {
    return c >= '０' && c <= '９';
  }

  /** An ASCII or full-width digit. */
  static boolean isAnyDigit(char c) {
    return isAsciiDigit(c) || isFullwidthDigit(c);
  }

  /** The value of an ASCII or full-width digit. */
  static int digitValue(char c) {
    return isFullwidthDigit(c) ? c - '０' : c - '0';
  }

  /** Spaces people type into names: ASCII, no-break, ideographic (全角空格) and tab. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t';
  }

  static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isAsciiDigit(c);
  }

  /** Dashes that stand where the rule's ASCII hyphen belongs (full-width, en, em, minus, …). */
  static boolean isDash(char c) {
    // - (U+002D), ‐ ‑ ‒ – — ― (U+2010–2015), − (U+2212), ﹘ ﹣ (U+FE58, U+FE63), － (U+FF0D); ordered so that a
    // Chinese character, the common case, is rejected in three comparisons
    if (c <= '\u2015') {
      return c == '-' || c >= '\u2010';
    }
    if (c < '\uFE58') {
      return c == '\u2212';
    }
    return c == '\uFE58' || c == '\uFE63' || c == '\uFF0D';
  }

  /** Brackets people put around a year instead of 〔〕 (and 〔 itself). */
  static boolean isOpeningBracket(char c) {
    return switch (c) {
      case '〔', '[', '【', '(', '（', '［', '﹝', '〈', '<', '《', '{', '「', '『' -> true;
      default -> false;
    };
  }

  static boolean isClosingBracket(char c) {
    return switch (c) {
      case '〕', ']', '】', ')', '）', '］', '﹞', '〉', '>', '》', '}', '」', '』' -> true;
      default -> false;
    };
  }

  static boolean isChineseNumeral(char c) {
    return "一二三四五六七八九十百零〇两".indexOf(c) >= 0;
  }
}
