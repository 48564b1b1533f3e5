package org.zhidu.cli.rota;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhidu.cli.Context;
import org.zhidu.cli.input.TableFile;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Message;
import org.zhidu.core.register.CellTime;
import org.zhidu.core.register.Table;
import org.zhidu.core.rota.Swap;
import org.zhidu.policies.register.InputSchemas;

/**
 * A swap log (调换班记录, R7), as {@link InputSchemas#swaps()} describes it. An empty 批准人 means the swap was not
 * approved. The columns 报告带班领导, 报综合股备案 and 告知信息股 are optional; where the log has one, a step of 七(二) is
 * recorded as done only by a word that says so (是, ✓, 已报告, a date); a blank, a no (否, 0, N/A) or a word that says
 * neither is reported, the last quoted. A cell that cannot be read is an input error at that cell.
 */
final class SwapsCsv {

  /** Strict: 2026-02-30 16:30 is no time (the default resolver would make it the 28th). */
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm").withResolverStyle(java.time.format.ResolverStyle.STRICT);

  /** The steps of 七(二) after the approval; a log may record each in a column of its own. */
  private static final List<String> STEPS = List.of("报告带班领导", "报综合股备案", "告知信息股");

  /** The words that say a step was done; so does any word beginning with 已 (已报告) and a date. */
  private static final Set<String> DONE = Set.of("是", "已", "√", "✓", "y", "yes", "true", "1", "ok");

  /** The words that say it was not; so does a blank cell and any word beginning with 未 or 没. */
  private static final Set<String> NOT_DONE = Set.of("否", "无", "×", "x", "no", "n", "false", "0", "n/a", "na", "-",
      "—");

  private SwapsCsv() {}

  static boolean done(String cell) {
    String text = cell.strip().toLowerCase(Locale.ROOT);
    return DONE.contains(text) || text.startsWith("已") || CellTime.date(text) != null;
  }

  /** Whether the cell says plainly that the step was not done (or says nothing). */
  static boolean notDone(String cell) {
    String text = cell.strip().toLowerCase(Locale.ROOT);
    return text.isEmpty() || NOT_DONE.contains(text) || text.startsWith("未") || text.startsWith("没");
  }

  static List<Swap> read(Context context, Path path) {
    return of(TableFile.read(context, path, InputSchemas.swaps()));
  }

  /** The swaps of a log's decoded text; {@code file} names it in locations. */
  static List<Swap> parse(String file, String text) {
    return of(Table.read(file, text, InputSchemas.swaps()));
  }

  private static List<Swap> of(Table table) {
    if (!table.problems().isEmpty()) {
      Table.Problem first = table.problems().get(0);
      throw new InputException(first.location(), first.message());
    }
    List<Swap> swaps = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      String dateText = row.text("日期");
      LocalDate day;
      try {
        day = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        throw new InputException(row.at("日期"), Message.of("rota.bad_date", dateText));
      }
      String from = row.text("原值班人员");
      String to = row.text("顶替人员");
      if (from.isEmpty() || to.isEmpty()) {
        throw new InputException(row.at(from.isEmpty() ? "原值班人员" : "顶替人员"), Message.of("rota.swap_blank"));
      }
      String by = row.text("批准人");
      String atText = row.text("批准时间");
      LocalDateTime at = null;
      if (!atText.isEmpty()) {
        try {
          at = LocalDateTime.parse(atText.replace('T', ' '), MINUTES);
        } catch (DateTimeParseException e) {
          throw new InputException(row.at("批准时间"), Message.of("rota.bad_time", atText));
        }
      }
      List<String> unreported = new ArrayList<>();
      for (String step : STEPS) {
        String cell = table.has(step) ? row.text(step) : null;
        if (cell != null && !done(cell)) {
          // a word that says neither done nor not done is quoted, so the clerk sees what was read
          unreported.add(notDone(cell) ? step : step + "（“" + cell.strip() + "”）");
        }
      }
      swaps.add(new Swap(day, from, to, by.isEmpty() ? null : by, at, row.start(), unreported));
    }
    return swaps;
  }
}
