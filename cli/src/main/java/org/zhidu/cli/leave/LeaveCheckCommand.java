package org.zhidu.cli.leave;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.input.Background;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.cli.options.CheckOptions;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.options.OfficeOption;
import org.zhidu.cli.output.CsvOut;
import org.zhidu.cli.output.FindingsOrTotals;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.RuleDescriptions;
import org.zhidu.cli.output.TextTable;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.leave.LeaveChecker;
import org.zhidu.core.leave.LeavePolicy;
import org.zhidu.core.leave.LeaveTotal;
import org.zhidu.core.leave.LeaveProblem;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Office;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.policies.Pack;
import picocli.CommandLine.Command;
import org.zhidu.cli.options.EncodingOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu leave check}: a leave register against the pack's leave clause, request by request (who approved,
 * when, in what form, the caps, certificate, cover, 销假) and across requests (overlaps, the yearly cap, days past
 * the end), with each person's yearly totals.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class LeaveCheckCommand extends AreaCommand {

  @Parameters(index = "0", paramLabel = "LEAVE.csv", descriptionKey = "leave.param.register")
  Path register;

  @Mixin OfficeOption office;

  @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "leave.option.year")
  Integer year;

  @Option(names = "--as-of", paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "leave.option.as_of")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|json|sarif|junit|github|csv", defaultValue = "text",
      descriptionKey = "leave.option.format")
  FindingsOrTotals format = FindingsOrTotals.TEXT;

  @Mixin CheckOptions check;

  @Mixin EncodingOption encoding;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    if (year != null && (year < Dates.FIRST_YEAR || year > Dates.LAST_YEAR)) {
      throw new InputException(new Location(null, 0, 0, "--year"), Message.of("leave.bad_year", year.toString()));
    }
    String shown = register.toString();
    Path file = context.workingDirectory().resolve(register);
    // the register is read and decoded on a thread of its own while the office, the pack and the calendar load
    Background<TextDecoding.Chunks> reading = Background.start("zhidu-read",
        () -> TextDecoding.readChunks(file, shown));
    Office theOffice = office.load(context);
    Pack thePack = check.pack().resolve(context);
    LeavePolicy policy = thePack.leave();
    WorkCalendar calendar = check.calendar().load(context);
    LocalDate day = Dates.checkDay(asOf, context.clock());
    LeaveChecker checker = new LeaveChecker(theOffice, calendar, policy, day, year);
    // a reportsTo role no chain of the pack names is a typo or another pack's word: said, not silently unused
    java.util.Set<String> posts = thePack.approvalPosts();
    for (Person p : theOffice.people()) {
      for (String role : p.reportsTo().keySet()) {
        if (!posts.contains(role)) {
          checker.unreadable(LeaveProblem.UNKNOWN_REPORTS_TO.at(policy.rule(),
              new Location(office.file().toString(), 0, 0, "reportsTo"), p.name(), role,
              String.join("、", posts)));
        }
      }
    }
    TextDecoding.Chunks chunks = reading.join();
    // a large register comes in chunks, checked by this thread and one more, as registers check does
    LeaveCsv.read(shown, chunks, checker, Background.thread("zhidu-leave"));
    LeaveChecker.Report report = checker.finish(Background.thread("zhidu-leave"));
    FindingsReport.Shown listed = FindingsReport.limit(List.of(new ReportItem(shown, report.findings())),
        check.failure().maxErrors());
    String summary = texts.get("leave.check.summary", shown, report.checked(), listed.summary().errors(),
        listed.summary().warnings());
    List<Path> inputs = Arrays.asList(register, office.file(), check.calendar().file(), check.pack().file(context));
    try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), inputs,
        encoding.charset(format == FindingsOrTotals.CSV, format.toString()))) {
      format.write("zhidu leave check", listed,
          RuleDescriptions.of(thePack, texts, id -> id.startsWith("L") || id.equals(CrossCutting.X_GAP.value())),
          body(thePack, day, report, texts), out -> csv(report, out), summary, target, spec.commandLine().getErr(),
          texts);
    }
    return check.failure().exitCode(listed.summary());
  }

  private FindingsReport.Body body(Pack thePack, LocalDate day, LeaveChecker.Report report, Texts texts) {
    return new FindingsReport.Body() {
      @Override
      public void text(FindingsReport.Shown listed, PrintWriter out) {
        FindingsReport.lines(listed.findings(), texts, out);
        if (report.totals().isEmpty()) {
          return;
        }
        out.println(texts.get("leave.check.totals"));
        TextTable table = new TextTable();
        table.row(header(report, texts).toArray(String[]::new));
        for (LeaveTotal t : report.totals()) {
          table.row(cells(report, t).toArray(String[]::new));
        }
        table.print(out, "  ");
      }

      @Override
      public void json(FindingsReport.Shown listed, PrintWriter out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
          Json.start(json, JsonContract.LEAVE_CHECK);
          json.writeStringField("file", register.toString());
          json.writeStringField("pack", thePack.id());
          json.writeStringField("asOf", day.toString());
          if (year != null) {
            json.writeNumberField("year", year);
          } else {
            json.writeNullField("year");
          }
          json.writeNumberField("requests", report.checked());
          json.writeArrayFieldStart("totals");
          for (LeaveTotal t : report.totals()) {
            json.writeStartObject();
            json.writeStringField("person", t.person());
            json.writeStringField("position", t.position());
            json.writeNumberField("year", t.year());
            json.writeNumberField("requests", t.requests());
            json.writeObjectFieldStart("days");
            for (var e : t.byKind().entrySet()) {
              json.writeNumberField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeNumberField("total", t.total());
            if (report.absenteeism()) {
              json.writeNumberField("absent", t.absent());
            }
            json.writeEndObject();
          }
          json.writeEndArray();
          Json.findings(json, listed.findings(), texts);
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    };
  }

  /** The totals as CSV, as Excel opens it. */
  private static void csv(LeaveChecker.Report report, PrintWriter out) {
    CsvOut.start(out);
    // the header words stay Chinese in both languages: the columns are those of the office's own registers
    List<String> header = new ArrayList<>(List.of("人员", "职务", "年度", "请假次数"));
    header.addAll(report.kinds());
    header.add("合计天数");
    if (report.absenteeism()) {
      header.add("旷工天数");
    }
    CsvOut.row(out, header.toArray(String[]::new));
    for (LeaveTotal t : report.totals()) {
      CsvOut.row(out, cells(report, t).toArray(String[]::new));
    }
  }

  private static List<String> header(LeaveChecker.Report report, Texts texts) {
    List<String> header = new ArrayList<>(List.of(texts.get("leave.col.person"), texts.get("leave.col.position"),
        texts.get("leave.col.year"), texts.get("leave.col.requests")));
    header.addAll(report.kinds());
    header.add(texts.get("leave.col.total"));
    if (report.absenteeism()) {
      header.add(texts.get("leave.col.absent"));
    }
    return header;
  }

  private static List<String> cells(LeaveChecker.Report report, LeaveTotal t) {
    List<String> cells = new ArrayList<>(List.of(t.person(), t.position(), Integer.toString(t.year()),
        Integer.toString(t.requests())));
    for (String kind : report.kinds()) {
      cells.add(number(t.byKind().getOrDefault(kind, BigDecimal.ZERO)));
    }
    cells.add(number(t.total()));
    if (report.absenteeism()) {
      cells.add(number(t.absent()));
    }
    return cells;
  }

  private static String number(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
