package org.zhidu.cli.rota;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.Context;
import org.zhidu.cli.input.CsvTable;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Message;
import org.zhidu.core.rota.Swap;

/**
 * A swap log (调换班记录, R7): 日期, 原值班人员, 顶替人员, 批准人, 批准时间 (or date, original, replacement, approvedBy,
 * approvedAt). An empty 批准人 means the swap was not approved.
 */
final class SwapsCsv {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm");

  private SwapsCsv() {}

  static List<Swap> read(Context context, Path path) {
    CsvTable table = CsvTable.read(context, path);
    int date = table.required("日期", "date");
    int original = table.required("原值班人员", "original");
    int replacement = table.required("顶替人员", "replacement");
    int approvedBy = table.column("批准人", "approvedBy");
    int approvedAt = table.column("批准时间", "approvedAt");
    List<Swap> swaps = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String dateText = CsvTable.cell(row, date);
      LocalDate day;
      try {
        day = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        throw new InputException(table.at(row, date, "日期"), Message.of("rota.bad_date", dateText));
      }
      String from = CsvTable.cell(row, original);
      String to = CsvTable.cell(row, replacement);
      if (from.isEmpty() || to.isEmpty()) {
        int at = from.isEmpty() ? original : replacement;
        throw new InputException(table.at(row, at, from.isEmpty() ? "原值班人员" : "顶替人员"),
            Message.of("rota.swap_blank"));
      }
      String by = CsvTable.cell(row, approvedBy);
      String atText = CsvTable.cell(row, approvedAt);
      LocalDateTime at = null;
      if (!atText.isEmpty()) {
        try {
          at = LocalDateTime.parse(atText.replace('T', ' '), MINUTES);
        } catch (DateTimeParseException e) {
          throw new InputException(table.at(row, approvedAt, "批准时间"), Message.of("rota.bad_time", atText));
        }
      }
      swaps.add(new Swap(day, from, to, by.isEmpty() ? null : by, at, table.at(row, 0, null)));
    }
    return swaps;
  }
}
