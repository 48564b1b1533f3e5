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
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.input.TableFile;
import org.zhidu.cli.output.CsvOut;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.calendar.YearNotAnnouncedException;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.register.Field;
import org.zhidu.core.register.Table;
import org.zhidu.core.rota.DutyDay;
import org.zhidu.core.rota.RowLocator;
import org.zhidu.policies.register.InputSchemas;

/**
 * The rota as a spreadsheet, with the columns of {@link InputSchemas#rota()}: 日期, 星期, 类型, 值班人员, 带班领导,
 * 通知人 (or their aliases when read). Written with a byte-order mark and CRLF so that Excel opens it as UTF-8, and
 * with every cell that a spreadsheet would take for a formula made inert; read in UTF-8 or GB18030, names separated
 * by 、 , ， ; or spaces.
 */
final class RotaCsv {

  /**
   * A rota read from a file, where each of its cells is, its 通知人 column as written ({@code null} when the file
   * has no such column), and each day's 版本: how many times a re-plan has changed it (0 where the column is blank or
   * absent), which a calendar's SEQUENCE carries.
   */
  record Read(List<DutyDay> days, RowLocator locator, Map<LocalDate, String> notifiers,
      Map<LocalDate, Integer> versions) {}

  private RotaCsv() {}

  static Read read(Context context, Path path, WorkCalendar calendar) {
    return of(path.toString(), TableFile.read(context, path, InputSchemas.rota()), calendar);
  }

  /** The rota of a sheet's decoded text; {@code file} names it in locations. */
  static Read parse(String file, String text, WorkCalendar calendar) {
    return of(file, Table.read(file, text, InputSchemas.rota()), calendar);
  }

  private static Read of(String shown, Table table, WorkCalendar calendar) {
    if (!table.problems().isEmpty()) {
      Table.Problem first = table.problems().get(0);
      throw new InputException(first.location(), first.message());
    }
    Map<LocalDate, Table.Row> rows = new HashMap<>();
    Map<LocalDate, String> notifiers = table.has("通知人") ? new HashMap<>() : null;
    Map<LocalDate, Integer> versions = new HashMap<>();
    List<DutyDay> days = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      if (isNote(table, row)) {
        continue;
      }
      String text = row.text("日期");
      LocalDate day;
      try {
        day = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new InputException(row.at("日期"), Message.of("rota.bad_date", text));
      }
      if (day.getYear() < Dates.FIRST_YEAR || day.getYear() > Dates.LAST_YEAR) {
        throw new InputException(row.at("日期"), Message.of("rota.bad_date", text)); // -2026-10-08, +10000-01-01
      }
      DayType onCalendar;
      try {
        // every day is looked up here, whatever its 类型 says, so that a year the calendar lacks is told at its cell
        onCalendar = calendar.dayType(day);
      } catch (YearNotAnnouncedException e) {
        throw new InputException(row.at("日期"), org.zhidu.cli.options.CalendarOptions.notAnnounced(e.year()));
      }
      DayType dayType = dayType(row.text("类型"));
      if (dayType == null) {
        dayType = onCalendar;
      }
      String leaderName = row.text("带班领导");
      days.add(new DutyDay(day, dayType, names(row.text("值班人员")), leaderName.isEmpty() ? null : leaderName,
          null));
      rows.putIfAbsent(day, row);
      if (notifiers != null) {
        notifiers.putIfAbsent(day, row.text("通知人"));
      }
      String version = table.has(VERSION) ? row.text(VERSION).strip() : "";
      if (!version.isEmpty()) {
        if (!version.matches("[0-9]{1,9}")) {
          throw new InputException(row.at(VERSION), Message.of("rota.bad_version", version));
        }
        versions.putIfAbsent(day, Integer.parseInt(version));
      }
    }
    RowLocator locator = (d, field) -> {
      Table.Row row = rows.get(d);
      return row == null ? new Location(shown, 0, 0, field) : row.at(field);
    };
    return new Read(days, locator, notifiers, versions);
  }

  /** The column of each day's version (SEQUENCE in a calendar). */
  static final String VERSION = "版本";

  /**
   * The note a rota that breaks hard rules carries below its days ("注：…" in the first column, the others empty):
   * read back, it is passed over.
   */
  private static boolean isNote(Table table, Table.Row row) {
    String first = row.text("日期").strip();
    if (!first.startsWith("注") && !first.regionMatches(true, 0, "Note", 0, 4)) {
      return false;
    }
    return row.text("值班人员").isBlank();
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

  /**
   * Writes the rota with each day's version; a rota that breaks hard rules ends with a note line saying how many
   * problems it has and the first, so that the sheet is never passed on as clean.
   */
  static void write(List<DutyDay> days, Map<LocalDate, Integer> versions, List<String> problems, Texts texts,
      PrintWriter out) {
    CsvOut.start(out);
    List<Field> fields = InputSchemas.rota().fields();
    CsvOut.row(out, fields.stream().map(Field::name).toArray(String[]::new));
    for (DutyDay day : days) {
      CsvOut.row(out, day.date().toString(), Dates.weekday(day.date().getDayOfWeek(), texts),
          texts.get("calendar.type." + day.type().id()), String.join("、", day.duty()),
          day.leader() == null ? "" : day.leader(), notifierCell(day),
          Integer.toString(versions.getOrDefault(day.date(), 0)));
    }
    if (!problems.isEmpty()) {
      String[] note = new String[fields.size()];
      java.util.Arrays.fill(note, "");
      note[0] = texts.get("rota.csv.note", problems.size(), problems.get(0));
      CsvOut.row(out, note);
    }
  }

  /** The 通知人 cell as the sheet writes it: a name or the section, blank when not known. */
  static String notifierCell(DutyDay day) {
    return day.notifier() == null || day.notifier().name() == null ? "" : day.notifier().name();
  }
}
