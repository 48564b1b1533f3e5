package org.zhidu.cli.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as offices write them in spreadsheets: 2026-03-05, 2026/3/5, 2026.03.05, 2026年3月5日. */
public final class DateCells {

  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?");

  private DateCells() {}

  /** The date, or {@code null} when the text is not one (or not a real day). */
  public static LocalDate parse(String text) {
    Matcher m = DATE.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
