package org.zhidu.cli.spend;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.input.Background;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.options.CheckOptions;
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
import org.zhidu.core.finding.Location;
import org.zhidu.core.office.Office;
import org.zhidu.core.register.Table;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.spending.Claim;
import org.zhidu.core.spending.ClaimChecker;
import org.zhidu.core.spending.ClaimPolicy;
import org.zhidu.core.spending.SpendProblem;
import org.zhidu.core.spending.SpendingPolicy;
import org.zhidu.policies.Pack;
import picocli.CommandLine.Command;
import org.zhidu.cli.options.EncodingOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu claims check}: a claims register against the pack's spending clause, claim by claim (who approved the
 * spending and when, the meeting that decides it, the papers, the signers, the travel claim's days, the asset
 * number, the meal norm, the monthly tally) and across claims (an invoice claimed twice), with the totals by kind.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class ClaimsCheckCommand extends AreaCommand {

  @Parameters(index = "0", paramLabel = "CLAIMS.csv", descriptionKey = "claims.param.register")
  Path register;

  @Option(names = "--office", paramLabel = "FILE", descriptionKey = "claims.option.office")
  Path officeFile;

  @Option(names = "--as-of", paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "claims.option.as_of")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|json|sarif|junit|github|csv", defaultValue = "text",
      descriptionKey = "claims.option.format")
  FindingsOrTotals format = FindingsOrTotals.TEXT;

  @Mixin CheckOptions check;

  @Mixin EncodingOption encoding;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    String shown = register.toString();
    Path file = context.workingDirectory().resolve(register);
    // the register is read and decoded on a thread of its own,
    Background<TextDecoding.Chunks> reading = Background.start("zhidu-read",
        () -> TextDecoding.readChunks(file, shown));
    // and the pack loads on another while this one reads the office file
    Background<Pack> loading = Background.start("zhidu-pack", () -> check.pack().resolve(context));
    Office office = officeFile == null ? null : OfficeOption.load(context, officeFile);
    Pack thePack = loading.join();
    check.calendar().checkGiven(context); // no working days are counted; a calendar given is still read
    SpendingPolicy policy = thePack.spending();
    LocalDate day = Dates.checkDay(asOf, context.clock());
    ClaimChecker checker = new ClaimChecker(office, policy, day);
    TextDecoding.Chunks chunks = reading.join();
    // a large register comes in chunks, checked by this thread and one more, as registers check does
    Table.Scan scan = ClaimsCsv.read(shown, chunks, checker, Background.thread("zhidu-claims"));
    absentColumns(scan, policy, shown).forEach(checker::unreadable);
    if (office == null) {
      checker.unreadable(SpendProblem.NO_OFFICE.at(policy.rule(), new Location(shown, 1, 1, null)));
    }
    ClaimChecker.Report report = checker.finish();
    FindingsReport.Shown listed = FindingsReport.limit(List.of(new ReportItem(shown, report.findings())),
        check.failure().maxErrors());
    String summary = texts.get("claims.check.summary", shown, report.checked(), listed.summary().errors(),
        listed.summary().warnings());
    List<Path> inputs = Arrays.asList(register, officeFile, check.pack().file(context), check.calendar().file());
    try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), inputs,
        encoding.charset(format == FindingsOrTotals.CSV, format.toString()))) {
      format.write("zhidu claims check", listed,
          RuleDescriptions.of(thePack, texts, id -> id.startsWith("E") || id.equals(CrossCutting.X_GAP.value())),
          body(thePack, day, report, texts), out -> csv(report, out), summary, target, spec.commandLine().getErr(),
          texts);
    }
    return check.failure().exitCode(listed.summary());
  }

  /**
   * A note for each check of the pack whose column the register lacks: that check was not made. (A register need
   * not carry every column; the clerk learns which rules it could not show.)
   */
  private static List<org.zhidu.core.finding.Finding> absentColumns(Table.Scan scan, SpendingPolicy policy,
      String file) {
    ClaimPolicy claims = policy.claims();
    Map<String, String> needed = new LinkedHashMap<>();
    needed.put(Claim.APPROVERS, "spending.routes");
    if (policy.routes().rows().stream().anyMatch(row -> !row.notices().isEmpty())) {
      needed.put(Claim.REPORTED, "spending.routes");
    }
    if (!claims.papers().isEmpty()) {
      needed.put(Claim.ATTACHMENTS, "spending.papers");
    }
    if (claims.before() != null) {
      needed.put(Claim.APPROVED, "spending.before");
    }
    if (!policy.claimChain().isEmpty()) {
      needed.put(Claim.SIGNERS, "spending.claimChain");
    }
    if (!policy.collective().isEmpty()) {
      needed.put(Claim.DECISION, "spending.collective");
    }
    if (claims.travel() != null) {
      needed.put(Claim.RETURNED, "spending.travel");
    }
    if (claims.travel() != null || !claims.tallies().isEmpty()) {
      needed.put(Claim.CLAIMED, claims.travel() != null ? "spending.travel" : "spending.tallies");
    }
    if (!claims.assets().isEmpty()) {
      needed.put(Claim.ASSET_NUMBER, "spending.assets");
    }
    if (claims.meals() != null) {
      needed.put(Claim.PERSONS, "spending.meals");
    }
    needed.put(Claim.INVOICES, "spending.invoices");
    return needed.entrySet().stream().filter(e -> !scan.has(e.getKey()))
        .map(e -> SpendProblem.COLUMN_ABSENT.at(policy.rule(), new Location(file, 1, 1, e.getKey()), e.getKey(),
            e.getValue()))
        .toList();
  }

  private FindingsReport.Body body(Pack thePack, LocalDate day, ClaimChecker.Report report, Texts texts) {
    return new FindingsReport.Body() {
      @Override
      public void text(FindingsReport.Shown listed, PrintWriter out) {
        FindingsReport.lines(listed.findings(), texts, out);
        if (report.totals().isEmpty()) {
          return;
        }
        out.println(texts.get("claims.check.totals"));
        TextTable table = new TextTable();
        table.row(texts.get("claims.col.kind"), texts.get("claims.col.claims"), texts.get("claims.col.amount"));
        for (ClaimChecker.KindTotal t : report.totals()) {
          table.row(t.kind(), Integer.toString(t.claims()), yuan(t.amount()));
        }
        table.print(out, "  ");
      }

      @Override
      public void json(FindingsReport.Shown listed, PrintWriter out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
          Json.start(json, JsonContract.CLAIMS_CHECK);
          json.writeStringField("file", register.toString());
          json.writeStringField("pack", thePack.id());
          json.writeStringField("asOf", day.toString());
          json.writeNumberField("claims", report.checked());
          json.writeArrayFieldStart("totals");
          for (ClaimChecker.KindTotal t : report.totals()) {
            json.writeStartObject();
            json.writeStringField("kind", t.kind());
            json.writeNumberField("claims", t.claims());
            json.writeFieldName("amount");
            json.writeNumber(t.amount());
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
  private static void csv(ClaimChecker.Report report, PrintWriter out) {
    CsvOut.start(out);
    // the header words stay Chinese in both languages: the columns are those of the office's own registers
    CsvOut.row(out, "类别", "笔数", "金额");
    for (ClaimChecker.KindTotal t : report.totals()) {
      CsvOut.row(out, t.kind(), Integer.toString(t.claims()), yuan(t.amount()));
    }
  }

  /** An amount with its two decimals, as a claim writes it. */
  private static String yuan(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }
}
