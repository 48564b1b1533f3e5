package org.zhidu.cli.obligation;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
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
import org.zhidu.core.finding.Finding;
import org.zhidu.core.obligation.ObligationChecker;
import org.zhidu.core.obligation.ObligationRules;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.rule.RuleId;
import org.zhidu.policies.office.OfficeLoader;
import picocli.CommandLine.Command;
import org.zhidu.cli.options.EncodingOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu obligations check LOG.csv --year YYYY}: an activity log against the year's plan — each occurrence done
 * often enough inside its window, nothing done outside every window, what is not yet due said as due.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class ObligationsCheckCommand extends AreaCommand {

  @Parameters(index = "0", paramLabel = "LOG.csv", descriptionKey = "obligations.param.log")
  Path log;

  @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "obligations.option.year")
  int year;

  @Option(names = "--as-of", paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "obligations.option.as_of")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|json|sarif|junit|github|csv", defaultValue = "text",
      descriptionKey = "obligations.option.check_format")
  FindingsOrTotals format = FindingsOrTotals.TEXT;

  @Option(names = "--tasks", paramLabel = "FILE", descriptionKey = "obligations.option.tasks")
  Path tasks;

  @Option(names = "--office", paramLabel = "FILE", descriptionKey = "obligations.option.office")
  Path office;

  @Mixin CheckOptions check;

  @Mixin EncodingOption encoding;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    String shown = log.toString();
    String text = TextDecoding.read(context.workingDirectory().resolve(log), shown);
    Plan plan = Plan.of(context, check.pack().resolve(context), year, check.calendar());
    RuleId rule = plan.policy().obligations().isEmpty() ? CrossCutting.X_GAP
        : plan.policy().obligations().get(0).rule();
    ActivitiesCsv.Read read = ActivitiesCsv.read(shown, text, rule);
    LocalDate day = Dates.checkDay(asOf, context.clock());
    List<org.zhidu.core.obligation.Activity> duties = duties(plan, read);
    ObligationChecker.Report report = ObligationChecker.check(plan.occurrences(), duties, year, day, shown, rule);
    List<Finding> findings = new ArrayList<>(read.findings());
    findings.addAll(report.findings());
    if (!plan.policy().research().isEmpty() || plan.policy().exam() != null) {
      findings.addAll(org.zhidu.core.obligation.WorkChecker.check(read.details(), plan.policy().research(),
          plan.policy().exam(), ObligationRules.P5));
    }
    findings.addAll(org.zhidu.core.obligation.ScheduleChecker.check(read.activities(), read.noticed(),
        read.noticeColumn(), read.header(), plan.occurrences(), plan.policy()));
    if (!plan.policy().trips().isEmpty() || !plan.policy().research().isEmpty() || plan.policy().exam() != null
        || !plan.policy().notices().isEmpty() || !plan.policy().precedes().isEmpty()) {
      findings.addAll(org.zhidu.core.obligation.TripChecker.check(plan.policy().trips(), read.activities(),
          check.calendar().load(context)));
      findings.sort(java.util.Comparator.comparingInt((Finding f) -> f.location().line())
          .thenComparingInt(f -> f.location().column()));
    }
    List<ReportItem> items = new ArrayList<>(List.of(new ReportItem(shown, findings)));
    int tasksItem = tasks == null ? -1 : items.size();
    if (tasks != null) {
      TasksCsv.Read register = TasksCsv.read(context, tasks);
      List<Finding> taskFindings = new ArrayList<>(register.findings());
      taskFindings.addAll(org.zhidu.core.obligation.TaskChecker.check(register.tasks(), Tasks.policy(plan.pack()),
          check.calendar().load(context), day));
      items.add(new ReportItem(tasks.toString(), taskFindings));
    }
    int officeItem = office != null && plan.policy().rotation() != null ? items.size() : -1;
    if (office != null && plan.policy().rotation() != null) {
      String officeShown = office.toString();
      String officeText = TextDecoding.read(context.workingDirectory().resolve(office), officeShown);
      OfficeLoader.Located people = OfficeLoader.located(officeShown, officeText);
      items.add(new ReportItem(officeShown, org.zhidu.core.obligation.RotationChecker.check(
          people.office().people(), plan.policy().rotation(), day, OfficeLoader.ALWAYS, people.placeOf())));
    } else if (office != null) {
      OfficeOption.load(context, office); // read all the same: a broken office file is said, not passed over
    }
    FindingsReport.Shown listed = FindingsReport.limit(items, check.failure().maxErrors());
    int missed = report.summaries().stream().mapToInt(ObligationChecker.Summary::missed).sum();
    int ahead = report.summaries().stream().mapToInt(ObligationChecker.Summary::ahead).sum();
    String summary = texts.get("obligations.check.summary", shown, read.activities().size(), year, missed, ahead,
        listed.summary().errors(), listed.summary().warnings());
    List<Path> inputs = Arrays.asList(log, check.pack().file(context), check.calendar().file(), tasks, office);
    try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), inputs,
        encoding.charset(format == FindingsOrTotals.CSV, format.toString()))) {
      format.write("zhidu obligations check", listed,
          RuleDescriptions.of(plan.pack(), texts, ObligationsCheckCommand::isObligationRule),
          body(plan, day, report, tasksItem, officeItem, texts), out -> csv(report, out), summary, target, spec.commandLine().getErr(),
          texts);
    }
    return check.failure().exitCode(listed.summary());
  }

  /**
   * The rows the year's duties are counted from: not a trip's nor a piece of research (their own checks read them),
   * and an exam's papers — one row a paper, with its marks — as one sitting a day.
   */
  private static List<org.zhidu.core.obligation.Activity> duties(Plan plan, ActivitiesCsv.Read read) {
    java.util.Set<org.zhidu.core.obligation.Activity> research = new java.util.HashSet<>();
    // a sitting is the first paper of an exam on its day; its other rows that day, with marks or without, are its
    java.util.Map<String, org.zhidu.core.obligation.Activity> sittings = new java.util.HashMap<>();
    for (org.zhidu.core.obligation.WorkChecker.Details d : read.details()) {
      if (plan.policy().research().stream().anyMatch(r -> r.named(d.kind()))) {
        research.add(d.activity());
      }
      if (!d.marks().isEmpty() || d.score() != null) {
        sittings.putIfAbsent(d.activity().item() + "\u0000" + d.activity().date(), d.activity());
      }
    }
    return read.activities().stream()
        .filter(a -> plan.policy().trips().stream().noneMatch(t -> t.named(a.item())))
        .filter(a -> !research.contains(a))
        .filter(a -> {
          org.zhidu.core.obligation.Activity sitting = sittings.get(a.item() + "\u0000" + a.date());
          return sitting == null || sitting == a;
        }).toList();
  }

  private static boolean isObligationRule(String id) {
    return id.equals(CrossCutting.X_GAP.value()) || ObligationRules.ALL.stream().anyMatch(r -> r.value().equals(id));
  }

  /** Another file's findings under its own key: {@code {file, findings}}, or null when the run read no such file. */
  private static void other(JsonGenerator json, String key, int item, FindingsReport.Shown listed, Texts texts)
      throws IOException {
    if (item < 0) {
      json.writeNullField(key);
      return;
    }
    json.writeObjectFieldStart(key);
    json.writeStringField("file", listed.items().get(item).label());
    Json.findings(json, listed.of(item), texts);
    json.writeEndObject();
  }

  private FindingsReport.Body body(Plan plan, LocalDate day, ObligationChecker.Report report, int tasksItem,
      int officeItem, Texts texts) {
    return new FindingsReport.Body() {
      @Override
      public void text(FindingsReport.Shown listed, PrintWriter out) {
        FindingsReport.lines(listed.findings(), texts, out);
        if (report.summaries().isEmpty()) {
          return;
        }
        out.println(texts.get("obligations.check.table", plan.year(), day.toString()));
        TextTable table = new TextTable();
        table.row(texts.get("obligations.col.obligation"), texts.get("obligations.col.times"),
            texts.get("obligations.col.planned"), texts.get("obligations.col.done"),
            texts.get("obligations.col.missed"), texts.get("obligations.col.ahead"));
        for (ObligationChecker.Summary s : report.summaries()) {
          table.row(s.obligation().name(), ObligationChecker.times(s.obligation()), Integer.toString(s.planned()),
              Integer.toString(s.done()), Integer.toString(s.missed()), Integer.toString(s.ahead()));
        }
        table.print(out, "  ");
      }

      @Override
      public void json(FindingsReport.Shown listed, PrintWriter out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
          Json.start(json, JsonContract.OBLIGATIONS_CHECK);
          json.writeStringField("file", log.toString());
          json.writeStringField("pack", plan.pack().id());
          json.writeNumberField("year", plan.year());
          json.writeStringField("asOf", day.toString());
          json.writeArrayFieldStart("obligations");
          for (ObligationChecker.Summary s : report.summaries()) {
            json.writeStartObject();
            json.writeStringField("obligation", s.obligation().name());
            json.writeStringField("rule", s.obligation().rule().value());
            json.writeStringField("times", ObligationChecker.times(s.obligation()));
            json.writeNumberField("planned", s.planned());
            json.writeNumberField("done", s.done());
            json.writeNumberField("missed", s.missed());
            json.writeNumberField("due", s.ahead());
            json.writeEndObject();
          }
          json.writeEndArray();
          // the log's findings, then those of the other files each under its own name
          Json.findings(json, listed.of(0), texts);
          other(json, "tasks", tasksItem, listed, texts);
          other(json, "office", officeItem, listed, texts);
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    };
  }

  /** The summary by obligation, as Excel opens it. */
  private static void csv(ObligationChecker.Report report, PrintWriter out) {
    CsvOut.start(out);
    CsvOut.row(out, "事项", "规则", "次数", "应有", "已做", "遗漏", "待办");
    for (ObligationChecker.Summary s : report.summaries()) {
      CsvOut.row(out, s.obligation().name(), s.obligation().rule().value(), ObligationChecker.times(s.obligation()),
          Integer.toString(s.planned()), Integer.toString(s.done()), Integer.toString(s.missed()),
          Integer.toString(s.ahead()));
    }
  }
}
