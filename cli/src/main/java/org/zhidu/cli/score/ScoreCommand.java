package org.zhidu.cli.score;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.CsvOut;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.Visible;
import org.zhidu.cli.options.CheckOptions;
import org.zhidu.cli.options.OfficeOption;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.finding.Summary;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.office.Office;
import org.zhidu.core.register.Field;
import org.zhidu.core.scoring.ScoreEvent;
import org.zhidu.core.scoring.Period;
import org.zhidu.core.scoring.ScoreReport;
import org.zhidu.core.scoring.Scorer;
import org.zhidu.core.scoring.ScoringPolicy;
import org.zhidu.core.scoring.Standing;
import org.zhidu.policies.register.InputSchemas;
import org.zhidu.policies.scoring.EventsRegister;
import picocli.CommandLine.Command;
import org.zhidu.cli.options.EncodingOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zhidu score}: the inspection scores of a quarter or a year (I1–I6), every point explained. */
@Command(name = "score", mixinStandardHelpOptions = true)
public final class ScoreCommand extends AreaCommand {

  @Mixin OfficeOption office;

  @Option(names = "--events", paramLabel = "FILE.csv", required = true, descriptionKey = "score.option.events")
  Path events;

  @Option(names = "--period", paramLabel = "YYYYQn|YYYY", required = true, descriptionKey = "score.option.period")
  String period;

  @Option(names = "--format", paramLabel = "text|json|csv|html", defaultValue = "text",
      descriptionKey = "score.option.format")
  ScoreFormat format;

  @Option(names = "--explain", paramLabel = "NAME", descriptionKey = "score.option.explain")
  String explain;

  @Mixin CheckOptions check;

  @Mixin EncodingOption encoding;

  @Override
  public Integer call() throws IOException {
    Period scored = Period.parse(period);
    if (scored == null) {
      throw new InputException(new Location(null, 0, 0, "--period"), Message.of("score.bad_period", period));
    }
    Texts texts = context.texts();
    Office theOffice = office.load(context);
    ScoringPolicy policy = check.pack().resolve(context).scoring();
    EventsRegister.Read read = EventsRegister.read(context.workingDirectory().resolve(events), events.toString());
    WorkCalendar calendar = check.calendar().load(context);
    ScoreReport report = Scorer.score(theOffice, policy, read.events(), scored, calendar);
    if (explain != null && ScoreText.find(report, explain) == null) {
      throw new InputException(new Location(null, 0, 0, "--explain"), Message.of("score.unknown_name", explain));
    }
    List<Finding> all = shownFindings(theOffice, scored, read, report);
    FindingsReport.Shown shown = FindingsReport.limit(List.of(new ReportItem(events.toString(), all)),
        check.failure().maxErrors());
    List<Finding> findings = shown.findings();
    String title = Visible.of(texts.get(scored instanceof Period.Quarter q ? "score.title.quarter" : "score.title.year",
        theOffice.name(), scored.year(), scored instanceof Period.Quarter q ? q.quarter() : 0));
    PrintWriter err = spec.commandLine().getErr();
    List<Path> inputs = Arrays.asList(events, office.file(), check.pack().file(context), check.calendar().file());
    try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), inputs,
        encoding.charset(format == ScoreFormat.CSV, format.toString()))) {
      PrintWriter out = target.writer();
      switch (format) {
        case JSON -> {
          if (explain != null) {
            ScoreJson.explain(explain, report, policy.base(), out);
          } else {
            ScoreJson.write(report, findings, texts, out);
          }
        }
        case CSV -> csv(report, texts, out);
        case HTML -> ScoreHtml.write(new ScoreHtml.Page(title, report, policy.base(), findings, shown.summary()),
            texts, out);
        default -> {
          if (explain != null) {
            ScoreText.explain(explain, report, policy.base(), texts, out);
          } else {
            ScoreText.write(title, report, texts, out);
          }
          if (!findings.isEmpty()) {
            out.println();
            out.println(texts.get("rota.findings"));
            FindingsReport.lines(findings, texts, out, "  ");
          }
        }
      }
      if (format == ScoreFormat.CSV || format == ScoreFormat.HTML) {
        FindingsReport.lines(findings.stream().filter(f -> f.severity() != Severity.INFO).toList(), texts, err);
      }
      // every run ends with its one-line summary: after a text report on standard output, else on standard error
      boolean plainText = format == ScoreFormat.TEXT && target.isStdout();
      Summary counts = shown.summary();
      FindingsReport.finish(plainText, texts.get("score.summary", report.people().size(),
          report.sections().size(), counts.errors(), counts.warnings()), shown, target, err, texts);
    }
    return check.failure().exitCode(all);
  }

  /**
   * The findings of the report: a row's finding belongs to the period of its day (a row whose day cannot be read,
   * or lies outside the year, is reported in every period); with {@code --explain}, only those of the rows that
   * concern that person or section.
   */
  private List<Finding> shownFindings(Office theOffice, Period scored, EventsRegister.Read read, ScoreReport report) {
    List<Finding> all = new ArrayList<>();
    for (EventsRegister.RowFinding f : read.findings()) {
      boolean inPeriod = f.date() == null || f.date().getYear() != scored.year() || scored.contains(f.date());
      if (inPeriod && (explain == null || f.subject() != null
          && Scorer.concerns(theOffice, explain, f.subject(), f.date()))) {
        all.add(f.finding());
      }
    }
    if (explain == null) {
      all.addAll(report.findings());
      return all;
    }
    Map<Location, ScoreEvent> rowAt = new HashMap<>();
    for (ScoreEvent e : read.events()) {
      for (Field field : InputSchemas.events().fields()) {
        rowAt.put(e.where().at(field.name()), e);
      }
    }
    for (Finding f : report.findings()) {
      ScoreEvent row = rowAt.get(f.location());
      if (row != null && Scorer.concerns(theOffice, explain, row.subject(), row.date())) {
        all.add(f);
      }
    }
    return all;
  }

  private static void csv(ScoreReport report, Texts texts, PrintWriter out) {
    CsvOut.start(out);
    boolean year = report.commended() != null;
    List<String> header = new ArrayList<>(List.of(texts.get("score.col.kind"), texts.get("score.col.rank"),
        texts.get("score.col.name"), texts.get("score.col.section"), texts.get("score.col.head"),
        texts.get("score.col.total")));
    header.addAll(year ? List.of("Q1", "Q2", "Q3", "Q4") : List.of(texts.get("score.col.change")));
    header.add(texts.get("score.col.items"));
    CsvOut.row(out, header.toArray(String[]::new));
    for (Standing s : report.sections()) {
      CsvOut.row(out, row(texts.get("score.kind.section"), s, "", s.section(), "").toArray(String[]::new));
    }
    for (Standing s : report.people()) {
      CsvOut.row(out, row(texts.get("score.kind.person"), s, s.section(), "", ScoreText.items(s.items()))
          .toArray(String[]::new));
    }
  }

  /** A row: a section's head in 负责人 (its 股室 empty), a person's section in 股室, numbers as numbers. */
  private static List<String> row(String kind, Standing s, String section, String head, String items) {
    List<String> row = new ArrayList<>(List.of(kind, Integer.toString(s.rank()), s.name(),
        section == null ? "" : section, head == null ? "" : head, Integer.toString(s.total())));
    for (int q : s.quarters()) {
      row.add(Integer.toString(q));
    }
    row.add(items);
    return row;
  }
}
