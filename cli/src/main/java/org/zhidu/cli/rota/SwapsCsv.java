package org.zhidu.cli.rota;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.Context;
import org.zhidu.cli.input.TableFile;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Message;
import org.zhidu.core.register.Table;
import org.zhidu.core.rota.Swap;
import org.zhidu.policies.register.InputSchemas;

/**
 * A swap log (调换班记录, R7), as {@link InputSchemas#swaps()} describes it. An empty 批准人 means the swap was not
 * approved. A cell that cannot be read is an input error at that cell.
 */
final class SwapsCsv {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm");

  private SwapsCsv() {}

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
      swaps.add(new Swap(day, from, to, by.isEmpty() ? null : by, at, row.start()));
    }
    return swaps;
  }
}
