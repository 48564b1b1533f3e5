package org.zhidu.core.naming;

import java.time.LocalDate;
import java.util.List;
import org.zhidu.core.finding.Fix;

/**
 * N2: 会议时间-纪要-会议主题(包括届次)-主持人(或关键人)(yyyy第N期). The theme should carry the 届次 and the issue
 * year should be the meeting's year (warnings).
 */
final class MeetingMinutesParser {

  private MeetingMinutesParser() {}

  static MeetingMinutes parse(
      String name, List<Tokens.Token> tokens, DateText firstDate, NameFindings out, Segments segments) {
    LocalDate held =
        NameParts.leadingDate(name, tokens.get(0), firstDate, SegmentRole.MEETING_DATE, out, segments);
    Tokens.Token mark = tokens.get(1);
    segments.add(SegmentRole.MINUTES_MARK, mark.text(), MeetingMinutes.MARK, mark.start() + 1);
    if (tokens.size() < 4) {
      out.add(NameProblem.MISSING_SEGMENTS, 0, SegmentRole.WHOLE, null, "会议时间-纪要-会议主题-主持人(yyyy第N期)");
      return null;
    }
    Tokens.Token last = tokens.get(tokens.size() - 1);
    NameParts.checkSeparators(tokens, 2, out);
    NameParts.checkSeparator(last, out);
    String markText = SegmentCleaner.clean(mark.text(), mark.start(), SegmentRole.MINUTES_MARK, out).strip();
    if (!MeetingMinutes.MARK.equals(markText)) {
      out.add(
          NameProblem.MINUTES_MARK,
          mark.start(),
          SegmentRole.MINUTES_MARK,
          new Fix(markText, MeetingMinutes.MARK),
          markText);
    }

    int themeStart = tokens.get(2).start();
    String themeText = name.substring(themeStart, last.separatorStart());
    String theme = SegmentCleaner.clean(themeText, themeStart, SegmentRole.THEME, out);
    segments.add(SegmentRole.THEME, themeText, theme, themeStart + 1);
    boolean hasTheme = NameParts.present(theme, themeStart, SegmentRole.THEME, out);
    if (hasTheme && !hasSession(theme)) {
      out.add(NameProblem.NO_SESSION, themeStart, SegmentRole.THEME, null, theme);
    }

    String hostText = SegmentCleaner.clean(last.text(), last.start(), SegmentRole.HOST, out);
    int open = NameParts.trailingGroupStart(hostText);
    if (open < 0) {
      int anyOpen = hostText.isEmpty() || !Characters.isClosingBracket(hostText.charAt(hostText.length() - 1))
          ? -1 : NameParts.lastOpeningBracket(hostText, hostText.length() - 1);
      open = anyOpen;
    }
    Issue issue = open < 0 ? null : Issue.parse(hostText, open + 1, hostText.length() - 1);
    String host = issue == null ? hostText : hostText.substring(0, open);
    segments.add(SegmentRole.HOST, host, host, last.start() + 1);
    boolean hasHost = NameParts.present(host, last.start(), SegmentRole.HOST, out);
    if (issue == null) {
      out.add(NameProblem.MISSING_ISSUE_NUMBER, last.start() + hostText.length(), SegmentRole.ISSUE_NUMBER, null);
      return null;
    }
    boolean canonical = issue.canonical() && hostText.charAt(open) == '(';
    if (!canonical || segments.recording()) {
      String written = SegmentCleaner.original(last.text(), hostText, open, hostText.length());
      String shape = "(" + issue.year() + "第" + issue.number() + "期)";
      segments.add(SegmentRole.ISSUE_NUMBER, written, shape, last.start() + open + 1);
      if (!canonical) {
        out.add(
            NameProblem.ISSUE_NUMBER_SHAPE,
            last.start() + open,
            SegmentRole.ISSUE_NUMBER,
            new Fix(written, shape),
            written);
      }
    }
    if (held != null && issue.year() != held.getYear()) {
      out.add(
          NameProblem.ISSUE_YEAR_MISMATCH,
          last.start() + open,
          SegmentRole.ISSUE_NUMBER,
          null,
          Integer.toString(issue.year()),
          Integer.toString(held.getYear()));
    }
    if (held == null || !hasTheme || !hasHost) {
      return null;
    }
    return new MeetingMinutes(held, theme, host, issue.year(), issue.number());
  }

  /** A 届次 is a numeral followed by 届 (三届30次常务会议, 第十五届). */
  static boolean hasSession(String theme) {
    for (int i = 1; i < theme.length(); i++) {
      if (theme.charAt(i) == '届') {
        char before = theme.charAt(i - 1);
        if (Characters.isAsciiDigit(before) || Characters.isChineseNumeral(before)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * yyyy第N期, also written yyyy年第N期, yyyy年N期, yyyy第0N期.
   *
   * @param canonical whether it was written exactly yyyy第N期 (the parentheses are checked apart)
   */
  private record Issue(int year, int number, boolean canonical) {

    static Issue parse(String text, int from, int to) {
      int i = from;
      int year = 0;
      while (i < to && i - from < 4 && Characters.isAsciiDigit(text.charAt(i))) {
        year = year * 10 + (text.charAt(i++) - '0');
      }
      if (i - from != 4) {
        return null;
      }
      boolean marked = false;
      boolean shaped = true;
      if (i < to && text.charAt(i) == '年') {
        i++;
        shaped = false;
      }
      if (i < to && text.charAt(i) == '第') {
        i++;
        marked = true;
      } else {
        shaped = false;
      }
      int digitsFrom = i;
      long number = 0;
      while (i < to && Characters.isAsciiDigit(text.charAt(i)) && i - digitsFrom < 6) {
        number = number * 10 + (text.charAt(i++) - '0');
      }
      if (i == digitsFrom || number == 0) {
        return null;
      }
      shaped &= text.charAt(digitsFrom) != '0';
      if (i < to && text.charAt(i) == '期') {
        i++;
        marked = true;
      } else {
        shaped = false;
      }
      boolean closed = to < text.length() && text.charAt(to) == ')';
      return marked && i == to ? new Issue(year, (int) number, shaped && closed) : null;
    }
  }
}
