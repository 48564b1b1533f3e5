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
    String kindText = SegmentCleaner.clean(kindToken.text(), kindToken.start(), SegmentRole.DOCUMENT_KIND, out);
    DocumentKind kind = kinds.spelled(kindText);
    if (kind == null) {
      out.add(NameProblem.UNKNOWN_DOCUMENT_KIND, kindToken.start(), SegmentRole.DOCUMENT_KIND, null, kindText);
    }

    Tokens.Token numberToken = tokens.get(0);
    String numberText =
        SegmentCleaner.clean(numberToken.text(), numberToken.start(), SegmentRole.DOCUMENT_NUMBER, out);
    DocumentNumber number = DocumentNumberParser.parse(numberText, numberToken.start(), kind, out);
    segments.add(
            SegmentRole.DOCUMENT_NUMBER,
            numberToken.text(),
            !segments.recording() || number == null ? numberText : number.render(),
            numberToken.start() + 1);
    segments.add(SegmentRole.DOCUMENT_KIND, kindToken.text(), kindText, kindToken.start() + 1);

    int restStart = tokens.get(2).start();
    int restEnd = tokens.get(tokens.size() - 1).end();
    String rest = SegmentCleaner.clean(name.substring(restStart, restEnd), restStart, SegmentRole.TITLE, out);
    TitleAndDate titled = titleAndDate(rest, restStart, out);
    if (titled == null) {
      segments.add(SegmentRole.TITLE, name.substring(restStart, restEnd), rest, restStart + 1);
      return null;
    }
    segments.add(SegmentRole.TITLE, titled.title(), titled.title(), restStart + 1);
    segments.add(
            SegmentRole.ISSUE_DATE,
            titled.dateText(),
            !segments.recording() || titled.date() == null ? titled.dateText() : DocumentName.dotted(titled.date()),
            restStart + titled.dateOffset() + 1);
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

  private record TitleAndDate(String title, String dateText, int dateOffset, LocalDate date) {}

  /**
   * Splits "标题(yyyy.mm.dd)". The title may hold parentheses of its own: the date is the last group. A date in
   * other brackets, or written after the title without any, is recognised and fixed (N4).
   */
  private static TitleAndDate titleAndDate(String rest, int offset, NameFindings out) {
    int end = rest.length();
    if (end > 0 && Characters.isClosingBracket(rest.charAt(end - 1))) {
      int open = NameParts.lastOpeningBracket(rest, end - 1);
      DateText parsed = open < 0 ? null : DateText.parse(rest, open + 1, end - 1);
      if (parsed != null) {
        String inner = rest.substring(open + 1, end - 1);
        LocalDate date = NameParts.date(inner, parsed, offset + open + 1, SegmentRole.ISSUE_DATE, out);
        if (rest.charAt(open) != '(' || rest.charAt(end - 1) != ')') {
          String written = rest.substring(open);
          out.add(
              NameProblem.DATE_NOT_IN_PARENTHESES,
              offset + open,
              SegmentRole.ISSUE_DATE,
              new Fix(written, "(" + inner + ")"),
              written);
        }
        return new TitleAndDate(rest.substring(0, open), inner, open + 1, date);
      }
    }
    int start = end;
    while (start > 0 && isDateCharacter(rest.charAt(start - 1))) {
      start--;
    }
    for (int from = start; end - from >= 8; from++) {
      if (Characters.isAsciiDigit(rest.charAt(from)) && DateText.parse(rest, from, end) != null) {
        String dateText = rest.substring(from);
        LocalDate date = NameParts.date(dateText, offset + from, SegmentRole.ISSUE_DATE, out);
        int titleEnd = from;
        while (titleEnd > 0 && Characters.isDash(rest.charAt(titleEnd - 1))) {
          titleEnd--;
        }
        String written = rest.substring(titleEnd);
        out.add(
            NameProblem.DATE_NOT_IN_PARENTHESES,
            offset + titleEnd,
            SegmentRole.ISSUE_DATE,
            new Fix(written, "(" + dateText + ")"),
            written);
        return new TitleAndDate(rest.substring(0, titleEnd), dateText, from, date);
      }
    }
    out.add(NameProblem.MISSING_ISSUE_DATE, offset + end, SegmentRole.ISSUE_DATE, null);
    return null;
  }

  private static boolean isDateCharacter(char c) {
    return Characters.isAsciiDigit(c) || c == '.' || c == '-' || c == '年' || c == '月' || c == '日' || c == '．';
  }
}
