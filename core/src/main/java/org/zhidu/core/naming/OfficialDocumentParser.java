package org.zhidu.core.naming;

import java.time.LocalDate;
import java.util.List;
import org.zhidu.core.finding.Fix;

/** N1: 文号-文种-标题(发文时间yyyy.mm.dd), with the cross-field checks of the catalogue. */
final class OfficialDocumentParser {

  private OfficialDocumentParser() {}

  static OfficialDocument parse(
      String name, List<Tokens.Token> tokens, DocumentKinds kinds, NameFindings out, Segments segments) {
    if (tokens.size() < 3) {
      out.add(NameProblem.MISSING_SEGMENTS, 0, SegmentRole.WHOLE, null, "文号-文种-标题(发文时间)");
      return null;
    }
    NameParts.checkSeparators(tokens, 2, out);

    Tokens.Token kindToken = tokens.get(1);
    String kindText = kinds.spellingAt(name, kindToken.start(), kindToken.end());
    if (kindText == null) {
      kindText = SegmentCleaner.clean(kindToken.text(), kindToken.start(), SegmentRole.DOCUMENT_KIND, out);
    }
    DocumentKind kind = kinds.spelled(kindText);
    if (kind == null) {
      out.add(NameProblem.UNKNOWN_DOCUMENT_KIND, kindToken.start(), SegmentRole.DOCUMENT_KIND, null, kindText);
    }

    Tokens.Token numberToken = tokens.get(0);
    String numberText =
        SegmentCleaner.clean(numberToken.text(), numberToken.start(), SegmentRole.DOCUMENT_NUMBER, out);
    DocumentNumber number = DocumentNumberParser.parse(numberText, numberToken.text(), numberToken.start(), kind, out);
    if (segments.recording()) {
      segments.add(SegmentRole.DOCUMENT_NUMBER, numberToken.text(),
          number == null ? numberText : number.render(), numberToken.start() + 1);
      segments.add(SegmentRole.DOCUMENT_KIND, kindToken.text(), kindText, kindToken.start() + 1);
    }

    // the rest (title and date) is read in place when it needs no cleaning, which is the usual case
    int restStart = tokens.get(2).start();
    int restEnd = tokens.get(tokens.size() - 1).end();
    String rest = name;
    String raw = null;
    int from = restStart;
    int to = restEnd;
    if (!SegmentCleaner.isClean(name, restStart, restEnd)) {
      raw = name.substring(restStart, restEnd);
      rest = SegmentCleaner.clean(raw, restStart, SegmentRole.TITLE, out);
      from = 0;
      to = rest.length();
    }
    TitleAndDate titled = titleAndDate(rest, raw, from, to, restStart, out);
    if (titled == null) {
      if (segments.recording()) {
        segments.add(SegmentRole.TITLE, name.substring(restStart, restEnd), rest.substring(from, to),
            restStart + 1);
      }
      return null;
    }
    if (segments.recording()) {
      segments.add(SegmentRole.TITLE, titled.title(), titled.title(), restStart + 1);
      String dateText = titled.dateText();
      segments.add(SegmentRole.ISSUE_DATE, dateText,
          titled.date() == null ? dateText : DocumentName.dotted(titled.date()),
          restStart + titled.dateFrom() - from + 1);
    }
    boolean hasTitle = NameParts.present(titled.title(), restStart, SegmentRole.TITLE, out);

    if (kind != null && hasTitle) {
      DocumentKind ending = kinds.ending(titled.title());
      if (ending != null && !ending.name().equals(kind.name())) {
        out.add(
            NameProblem.TITLE_KIND_MISMATCH,
            restStart,
            SegmentRole.TITLE,
            null,
            ending.name(),
            kindText);
      }
    }
    if (number != null && number.hasYear() && titled.date() != null) {
      int dateYear = titled.date().getYear();
      if (number.year() > dateYear) {
        out.add(
            NameProblem.NUMBER_YEAR_AFTER_DATE,
            numberToken.start(),
            SegmentRole.DOCUMENT_NUMBER,
            null,
            Integer.toString(number.year()),
            Integer.toString(dateYear));
      } else if (number.year() < dateYear) {
        out.add(
            NameProblem.NUMBER_YEAR_BEFORE_DATE,
            numberToken.start(),
            SegmentRole.DOCUMENT_NUMBER,
            null,
            Integer.toString(number.year()),
            Integer.toString(dateYear));
      }
    }
    if (number == null || kind == null || titled.date() == null || !hasTitle) {
      return null;
    }
    return new OfficialDocument(number, kindText, titled.title(), titled.date());
  }

  /** The title, and the date read at {@code source[dateFrom, dateTo)}. */
  private record TitleAndDate(String title, String source, int dateFrom, int dateTo, LocalDate date) {
    String dateText() {
      return source.substring(dateFrom, dateTo);
    }
  }

  /**
   * Splits "标题(yyyy.mm.dd)" written at {@code rest[from, to)}, which starts at {@code offset} in the name. The
   * title may hold parentheses of its own: the date is the last group. A date in other brackets, or written after
   * the title without any, is recognised and fixed (N4). {@code raw} is the text as written when {@code rest} is
   * its cleaned copy, else {@code null}: fixes quote what is in the name.
   */
  private static TitleAndDate titleAndDate(
      String rest, String raw, int from, int to, int offset, NameFindings out) {
    int end = to;
    if (end > from && Characters.isClosingBracket(rest.charAt(end - 1))) {
      int open = NameParts.lastOpeningBracket(rest, from, end - 1);
      DateText parsed = open < 0 ? null : DateText.parse(rest, open + 1, end - 1);
      if (parsed != null) {
        int at = offset + open + 1 - from;
        LocalDate date = raw == null
            ? NameParts.date(rest, open + 1, end - 1, parsed, at, SegmentRole.ISSUE_DATE, out)
            : NameParts.date(SegmentCleaner.original(raw, rest, open + 1, end - 1), parsed, at,
                SegmentRole.ISSUE_DATE, out);
        if (rest.charAt(open) != '(' || rest.charAt(end - 1) != ')') {
          String written = quote(rest, raw, open, end);
          out.add(
              NameProblem.DATE_NOT_IN_PARENTHESES,
              at - 1,
              SegmentRole.ISSUE_DATE,
              new Fix(written, "(" + rest.substring(open + 1, end - 1) + ")"),
              written);
        }
        return new TitleAndDate(rest.substring(from, open), rest, open + 1, end - 1, date);
      }
    }
    int start = end;
    while (start > from && isDateCharacter(rest.charAt(start - 1))) {
      start--;
    }
    for (int first = start; end - first >= 8; first++) {
      if (Characters.isAsciiDigit(rest.charAt(first)) && DateText.parse(rest, first, end) != null) {
        String dateText = rest.substring(first, end);
        LocalDate date = NameParts.date(quote(rest, raw, first, end), DateText.parse(dateText),
            offset + first - from, SegmentRole.ISSUE_DATE, out);
        int titleEnd = first;
        while (titleEnd > from && Characters.isDash(rest.charAt(titleEnd - 1))) {
          titleEnd--;
        }
        String written = quote(rest, raw, titleEnd, end);
        out.add(
            NameProblem.DATE_NOT_IN_PARENTHESES,
            offset + titleEnd - from,
            SegmentRole.ISSUE_DATE,
            new Fix(written, "(" + dateText + ")"),
            written);
        return new TitleAndDate(rest.substring(from, titleEnd), rest, first, end, date);
      }
    }
    out.add(NameProblem.MISSING_ISSUE_DATE, offset + end - from, SegmentRole.ISSUE_DATE, null);
    return null;
  }

  /** {@code rest[from, to)} as written in the name. */
  private static String quote(String rest, String raw, int from, int to) {
    return raw == null ? rest.substring(from, to) : SegmentCleaner.original(raw, rest, from, to);
  }

  private static boolean isDateCharacter(char c) {
    return Characters.isAsciiDigit(c) || c == '.' || c == '-' || c == '年' || c == '月' || c == '日' || c == '．';
  }
}
