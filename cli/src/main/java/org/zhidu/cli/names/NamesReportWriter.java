package org.zhidu.cli.names;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.VersionProvider;
import org.zhidu.cli.output.FindingFormat;
import org.zhidu.cli.output.FindingText;
import org.zhidu.cli.output.GithubAnnotations;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JunitReport;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.RuleDescription;
import org.zhidu.cli.output.RuleDescriptions;
import org.zhidu.cli.output.SarifReport;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Summary;
import org.zhidu.policies.Pack;

/** Writes the result of {@code names check} in each format. */
final class NamesReportWriter {

  /** Counts over a run of names. */
  record Counts(int names, int valid, int invalid, int fixable, Summary findings) {

    static Counts of(List<CheckedName> names) {
      int valid = 0;
      int fixable = 0;
      List<Finding> all = new ArrayList<>();
      for (CheckedName name : names) {
        all.addAll(name.findings());
        if (name.report().valid()) {
          valid++;
        } else if (name.report().suggestion() != null) {
          fixable++;
        }
      }
      return new Counts(names.size(), valid, names.size() - valid, fixable, Summary.of(names.size(), all));
    }
  }

  private NamesReportWriter() {}

  static void write(FindingFormat format, List<CheckedName> names, Pack pack, Texts texts, PrintWriter out)
      throws IOException {
    switch (format) {
      case TEXT -> text(names, texts, out);
      case JSON -> json(names, texts, out);
      case SARIF -> SarifReport.write(out, VersionProvider.version(), rules(pack, texts), allFindings(names), texts);
      case JUNIT -> JunitReport.write(out, "zhidu names check", items(names), texts);
      case GITHUB -> {
        for (CheckedName name : names) {
          for (Finding f : name.findings()) {
            GithubAnnotations.write(out, f, texts);
          }
        }
      }
    }
  }

  static String summaryLine(Counts counts, Texts texts) {
    return texts.get(
        "names.summary",
        counts.names(),
        counts.valid(),
        counts.invalid(),
        counts.fixable(),
        counts.findings().errors(),
        counts.findings().warnings());
  }

  private static void text(List<CheckedName> names, Texts texts, PrintWriter out) {
    for (CheckedName name : names) {
      for (Finding f : name.findings()) {
        out.println(FindingText.line(f, texts));
      }
      if (name.report().suggestion() != null) {
        out.println(name.input().label() + ": " + texts.get("names.suggestion", name.report().suggestion()));
      }
    }
  }

  private static void json(List<CheckedName> names, Texts texts, PrintWriter out) throws IOException {
    Counts counts = Counts.of(names);
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("files");
      for (CheckedName name : names) {
        json.writeStartObject();
        json.writeStringField("path", name.input().shownAs());
        if (name.input().line() > 0) {
          json.writeNumberField("line", name.input().line());
        }
        json.writeStringField("name", name.report().name());
        json.writeStringField("kind", name.report().kind() == null ? null : name.report().kind().id());
        json.writeBooleanField("valid", name.report().valid());
        json.writeStringField("suggestion", name.report().suggestion());
        json.writeArrayFieldStart("findings");
        for (Finding f : name.findings()) {
          Json.finding(json, f, texts);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("names", counts.names());
      json.writeNumberField("valid", counts.valid());
      json.writeNumberField("invalid", counts.invalid());
      json.writeNumberField("fixable", counts.fixable());
      json.writeNumberField("errors", counts.findings().errors());
      json.writeNumberField("warnings", counts.findings().warnings());
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  static List<RuleDescription> rules(Pack pack, Texts texts) {
    return RuleDescriptions.of(pack, texts, id -> id.startsWith("N"));
  }

  private static List<Finding> allFindings(List<CheckedName> names) {
    List<Finding> out = new ArrayList<>();
    for (CheckedName name : names) {
      out.addAll(name.findings());
    }
    return out;
  }

  private static List<ReportItem> items(List<CheckedName> names) {
    List<ReportItem> out = new ArrayList<>(names.size());
    for (CheckedName name : names) {
      out.add(new ReportItem(name.input().label(), name.findings()));
    }
    return out;
  }
}
