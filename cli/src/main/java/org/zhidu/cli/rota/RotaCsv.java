package org.zhidu.cli.rota;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.cli.Context;
import org.zhidu.cli.input.CsvTable;
import org.zhidu.cli.Texts;
import org.zhidu.cli.calendar.Dates;
import org.zhidu.cli.output.CsvOut;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.rota.DutyDay;
import org.zhidu.core.rota.RowLocator;

/**
 * The rota as a spreadsheet: 日期, 星期, 类型, 值班人员, 带班领导, 通知人 (or date, weekday, type, duty, leader,
 * notifier). Written with a byte-order mark and CRLF so that Excel opens it as UTF-8, and with every cell that a
 * spreadsheet would take for a formula made inert; read in UTF-8 or GB18030, names separated by 、 , ， ; or spaces.
 */
final class RotaCsv {

  static final String[] HEADER = {"日期", "星期", "类型", "值班人员", "带班领导", "通知人"};

  /** A rota read from a file, and where each of its cells is. */
  record Read(List<DutyDay> days, RowLocator locator) {}

  private RotaCsv() {}

  static Read read(Context context, Path path, WorkCalendar calendar) {
    String shown = path.toString();
    CsvTable table = CsvTable.read(context, path);
    int date = table.required("日期", "date");
    int type = table.column("类型", "type");
    int duty = table.required("值班人员", "duty");
    int leader = table.column("带班领导", "leader");
    Map<LocalDate, CsvTable.Row> rows = new HashMap<>();
    Map<String, Integer> columns = Map.of("日期", date, "类型", type, "值班人员", duty, "带班领导", leader);
    List<DutyDay> days = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String text = CsvTable.cell(row, date);
      LocalDate day;
      try {
        day = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new InputException(table.at(row, date, "日期"), Message.of("rota.bad_date", text));
      }
      DayType dayType = type < 0 ? null : dayType(CsvTable.cell(row, type));
      if (dayType == null) {
        dayType = calendar.dayType(day);
      }
      String leaderName = CsvTable.cell(row, leader);
      days.add(new DutyDay(day, dayType, names(CsvTable.cell(row, duty)), leaderName.isEmpty() ? null : leaderName,
          null));
      rows.putIfAbsent(day, row);
    }
    RowLocator locator = (d, field) -> {
      CsvTable.Row row = rows.get(d);
      if (row == null) {
        return new Location(shown, 0, 0, field);
      }
      return table.at(row, columns.getOrDefault(field, -1), field);
    };
    return new Read(days, locator);
  }

  static List<String> names(String cell) {
    List<String> out = new ArrayList<>();
    for (String name : cell.split("[、,，;；\\s]+")) {
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }

  /** A type written as the calendar's id or its Chinese word; {@code null} when blank or not recognised. */
  private static DayType dayType(String text) {
    for (DayType t : DayType.values()) {
      if (t.id().equals(text) || TYPE_WORDS.getOrDefault(t, "").equals(text)) {
        return t;
      }
    }
    return null;
  }

  private static final Map<DayType, String> TYPE_WORDS = Map.of(
      DayType.WORKDAY, "工作日", DayType.WEEKEND, "周末", DayType.HOLIDAY, "法定节假日",
      DayType.MAKEUP_WORKDAY, "调休上班");

  static void write(List<DutyDay> days, Texts texts, PrintWriter out) {
    CsvOut.start(out);
    CsvOut.row(out, HEADER);
    for (DutyDay day : days) {
      CsvOut.row(out, day.date().toString(), Dates.weekday(day.date().getDayOfWeek(), texts),
          texts.get("calendar.type." + day.type().id()), String.join("、", day.duty()),
          day.leader() == null ? "" : day.leader(), day.notifier() == null || day.notifier().name() == null ? ""
              : day.notifier().name());
    }
  }
}
