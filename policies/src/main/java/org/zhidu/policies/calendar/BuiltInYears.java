package org.zhidu.policies.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.calendar.DayMark;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.IsoDate;
import org.zhidu.core.calendar.YearSchedule;

/**
 * The built-in years as the jar ships them ({@code calendar/built-in-years.txt}): what tyme4j's tables, the
 * notices ({@code notices.yaml}) and the corrections ({@code corrections.yaml}) give together, written out once by
 * the build's tests, so that a run reads a few hundred short lines instead of starting a YAML reader and the
 * holiday tables. A test computes the years again and fails when the file differs from them.
 *
 * <p>One line a year ({@code Y}, the year, its source) followed by one line a marked day ({@code H} a holiday day,
 * {@code W} a make-up working day, the date, the holiday's name), fields apart by tabs; {@code #} begins a comment.
 */
final class BuiltInYears {

  static final String RESOURCE = "built-in-years.txt";

  private BuiltInYears() {}

  /** The text of the years, as the file holds it. */
  static String write(List<YearSchedule> years) {
    StringBuilder out = new StringBuilder();
    out.append("# The built-in years: tyme4j's holiday tables with notices.yaml and corrections.yaml applied.\n")
        .append("# Written by the build's tests (BuiltInYearsTest, -Dzhidu.calendar.update=true); do not edit by hand:\n")
        .append("# edit notices.yaml or corrections.yaml and write it again.\n");
    for (YearSchedule y : years) {
      out.append("Y\t").append(y.year()).append('\t').append(y.source()).append('\n');
      for (DayMark m : y.marks()) {
        out.append(m.type() == DayType.HOLIDAY ? 'H' : 'W').append('\t').append(m.date()).append('\t')
            .append(m.name()).append('\n');
      }
    }
    return out.toString();
  }

  /** The years the text holds; a line that is none of the three kinds is a defect of the build. */
  static List<YearSchedule> read(String text) {
    List<YearSchedule> years = new ArrayList<>();
    int year = 0;
    String source = null;
    List<DayMark> marks = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      String[] f = line.split("\t", 3);
      if (f.length != 3) {
        throw new IllegalStateException(RESOURCE + ": not a line of the built-in years: " + line);
      }
      switch (f[0]) {
        case "Y" -> {
          if (source != null) {
            years.add(new YearSchedule(year, source, marks));
          }
          year = Integer.parseInt(f[1]);
          source = f[2];
          marks = new ArrayList<>();
        }
        case "H" -> marks.add(new DayMark(day(f[1], line), DayType.HOLIDAY, f[2]));
        case "W" -> marks.add(new DayMark(day(f[1], line), DayType.MAKEUP_WORKDAY, f[2]));
        default -> throw new IllegalStateException(RESOURCE + ": not a line of the built-in years: " + line);
      }
    }
    if (source != null) {
      years.add(new YearSchedule(year, source, marks));
    }
    return List.copyOf(years);
  }

  private static LocalDate day(String text, String line) {
    LocalDate day = IsoDate.dayOrNull(text);
    if (day == null) {
      throw new IllegalStateException(RESOURCE + ": not a day of the built-in years: " + line);
    }
    return day;
  }
}
