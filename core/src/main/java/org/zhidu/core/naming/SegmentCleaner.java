package org.zhidu.core.naming;

import org.zhidu.core.finding.Fix;

/**
 * The character-level mistakes of N4 inside a segment: full-width digits, full-width parentheses and stray
 * spaces. A space is kept only singly between two Latin letters or digits (as in "APP 推广" it is not, in
 * "Windows 10" it is). Each kind of mistake is one finding whose fix shows the segment with that change alone.
 */
final class SegmentCleaner {

  private SegmentCleaner() {}

  static String clean(String raw, int offset, SegmentRole role, NameFindings out) {
    int firstDigit = -1;
    int firstParen = -1;
    int firstSpace = -1;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (firstDigit < 0 && Characters.isFullwidthDigit(c)) {
        firstDigit = i;
      } else if (firstParen < 0 && (c == '（' || c == '）')) {
        firstParen = i;
      } else if (firstSpace < 0 && Characters.isSpace(c) && !keptSpace(raw, i)) {
        firstSpace = i;
      }
    }
    if (firstDigit < 0 && firstParen < 0 && firstSpace < 0) {
      return raw;
    }
    if (firstDigit >= 0) {
      out.add(NameProblem.FULLWIDTH_DIGIT, offset + firstDigit, role, new Fix(raw, apply(raw, true, false, false)));
    }
    if (firstParen >= 0) {
      out.add(
          NameProblem.FULLWIDTH_PARENTHESIS, offset + firstParen, role, new Fix(raw, apply(raw, false, true, false)));
    }
    if (firstSpace >= 0) {
      out.add(NameProblem.STRAY_SPACE, offset + firstSpace, role, new Fix(raw, apply(raw, false, false, true)));
    }
    return apply(raw, true, true, true);
  }

  /** Whether {@code text[from, to)} has none of the mistakes, so it can be read in place without a copy. */
  static boolean isClean(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x4E00 && c <= 0x9FFF) {
        continue; // the common case: a Chinese character
      }
      if (Characters.isFullwidthDigit(c) || c == '（' || c == '）') {
        return false;
      }
      if (Characters.isSpace(c)
          && !(c == ' ' && i > from && i + 1 < to && isWordChar(text.charAt(i - 1))
              && isWordChar(text.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** The text with the chosen mistakes corrected. */
  static String apply(String raw, boolean digits, boolean parens, boolean spaces) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (digits && Characters.isFullwidthDigit(c)) {
        out.append((char) ('0' + (c - '０')));
      } else if (parens && c == '（') {
        out.append('(');
      } else if (parens && c == '）') {
        out.append(')');
      } else if (spaces && Characters.isSpace(c)) {
        if (keptSpace(raw, i)) {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The text as written in the name for {@code cleaned[from, to)}, where {@code cleaned} is {@code raw} after
   * {@link #clean}: a fix or a message quotes what is actually in the name (（2015）, not (2015)).
   */
  static String original(String raw, String cleaned, int from, int to) {
    if (raw.equals(cleaned) || from >= to) {
      return raw.equals(cleaned) ? cleaned.substring(from, to) : "";
    }
    return raw.substring(originalIndex(raw, cleaned, from), originalIndex(raw, cleaned, to - 1) + 1);
  }

  /** Where the character at {@code cleaned[index]} stands in {@code raw} (removed spaces skipped). */
  static int originalIndex(String raw, String cleaned, int index) {
    if (raw.length() == cleaned.length()) {
      return index;
    }
    int c = 0;
    for (int r = 0; r < raw.length(); r++) {
      if (Characters.isSpace(raw.charAt(r)) && !keptSpace(raw, r)) {
        continue;
      }
      if (c == index) {
        return r;
      }
      c++;
    }
    return raw.length();
  }

  /** Whether the space at {@code i} is the single ASCII space between two Latin letters or digits. */
  private static boolean keptSpace(String raw, int i) {
    return raw.charAt(i) == ' '
        && i > 0
        && i + 1 < raw.length()
        && isWordChar(raw.charAt(i - 1))
        && isWordChar(raw.charAt(i + 1));
  }

  private static boolean isWordChar(char c) {
    return Characters.isAsciiAlphanumeric(c) || Characters.isFullwidthDigit(c);
  }
}
