package org.zhidu.core.naming;

import java.time.LocalDate;
import java.util.List;
import org.zhidu.core.finding.Fix;

/** Steps the three kind parsers share: separators, dates, cleaned segments, trailing groups in parentheses. */
final class NameParts {

  private NameParts() {}

  /** Checks that the separators before tokens {@code 1..upTo} are a bare ASCII hyphen (N4). */
  static void checkSeparators(List<Tokens.Token> tokens, int upTo, NameFindings out) {
    for (int i = 1; i <= upTo && i < tokens.size(); i++) {
      checkSeparator(tokens.get(i), out);
    }
  }

  static void checkSeparator(Tokens.Token token, NameFindings out) {
    if (!token.separatorBefore().equals("-")) {
      out.add(
          NameProblem.SEPARATOR,
          token.separatorStart(),
          SegmentRole.SEPARATOR,
          new Fix(token.separatorBefore(), "-"),
          token.separatorBefore());
    }
  }

  /**
   * Reads a date token: reports a shape other than yyyy.mm.dd (fixable, N4) or a day that does not exist.
   *
   * @return the date, or {@code null} when it is no real date (reported)
   */
  static LocalDate date(String text, int offset, SegmentRole role, NameFindings out) {
    return date(text, DateText.parse(text), offset, role, out);
  }

  /** As {@link #date(String, int, SegmentRole, NameFindings)}, for a text already parsed. */
  static LocalDate date(String text, DateText date, int offset, SegmentRole role, NameFindings out) {
    if (date == null || !date.isReal()) {
      out.add(NameProblem.INVALID_DATE, offset, role, null, text.strip());
      return null;
    }
    LocalDate day = date.toLocalDate();
    if (!date.canonical()) {
      out.add(NameProblem.DATE_SHAPE, offset, role, new Fix(text, DocumentName.dotted(day)), text.strip());
    }
    return day;
  }

  /**
   * As {@link #date(String, DateText, int, SegmentRole, NameFindings)} for {@code text[from, to)}, copying the text
   * only when there is something to report.
   */
  static LocalDate date(String text, int from, int to, DateText date, int offset, SegmentRole role,
      NameFindings out) {
    if (date != null && date.isReal() && date.canonical()) {
      return date.toLocalDate();
    }
    return date(text.substring(from, to), date, offset, role, out);
  }

  /** The date that starts minutes (N2) and drafts (N3), already parsed by the checker, as the segment {@code role}. */
  static LocalDate leadingDate(
      String name, Tokens.Token token, DateText parsed, SegmentRole role, NameFindings out, Segments segments) {
    LocalDate date = date(name, token.start(), token.end(), parsed, token.start(), role, out);
    if (segments.recording()) {
      segments.add(role, token.text(), date == null ? token.text() : DocumentName.dotted(date), token.start() + 1);
    }
    return date;
  }

  /** A segment that must not be empty: reports it when it is. */
  static boolean present(String text, int offset, SegmentRole role, NameFindings out) {
    if (text.isEmpty()) {
      out.add(NameProblem.EMPTY_SEGMENT, offset, role, null, role.label());
      return false;
    }
    return true;
  }

  /**
   * The start of the group in parentheses that ends {@code text} (nested pairs allowed), or -1 when the text
   * does not end with a balanced group.
   */
  static int trailingGroupStart(String text) {
    int end = text.length();
    if (end == 0 || text.charAt(end - 1) != ')') {
      return -1;
    }
    int depth = 0;
    for (int i = end - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The start of the last bracket of any kind before {@code end}, or -1. */
  static int lastOpeningBracket(String text, int end) {
    return lastOpeningBracket(text, 0, end);
  }

  /** The start of the last bracket of any kind in {@code text[from, end)}, or -1. */
  static int lastOpeningBracket(String text, int from, int end) {
    for (int i = end - 1; i >= from; i--) {
      if (Characters.isOpeningBracket(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
