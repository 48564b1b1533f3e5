package org.zhidu.cli.names;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.RuleDescription;
import org.zhidu.cli.output.RuleDescriptions;
import org.zhidu.cli.output.Visible;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Summary;
import org.zhidu.policies.Pack;

/** What {@code names check} adds to the shared findings report: its text lines, its JSON and its summary. */
final class NamesReportWriter {

  // the names of an entry's fields, encoded once: a long report writes them for every name
  private static final SerializableString PATH = Json.name("path");
  private static final SerializableString LINE = Json.name("line");
  private static final SerializableString NAME = Json.name("name");
  private static final SerializableString KIND = Json.name("kind");
  private static final SerializableString VALID = Json.name("valid");
  private static final SerializableString SUGGESTION = Json.name("suggestion");

  /** Counts over a run of names; errors and warnings over every finding, listed or not. */
  record Counts(int names, int valid, int invalid, int fixable, Summary findings) {

    static Counts of(List<CheckedName> names, FindingsReport.Shown shown) {
      int valid = 0;
      int fixable = 0;
      for (CheckedName name : names) {
        if (name.report().valid()) {
          valid++;
        } else if (name.report().suggestion() != null) {
          fixable++;
        }
      }
      return new Counts(names.size(), valid, names.size() - valid, fixable, shown.summary());
    }

    /** The counts of a part of a batch, every finding of it counted. */
    static Counts of(List<CheckedName> names) {
      int valid = 0;
      int fixable = 0;
      int errors = 0;
      int warnings = 0;
      int infos = 0;
      for (CheckedName name : names) {
        if (name.report().valid()) {
          valid++;
        } else if (name.report().suggestion() != null) {
          fixable++;
        }
        for (Finding f : name.findings()) {
          switch (f.severity()) {
            case ERROR -> errors++;
            case WARNING -> warnings++;
            case INFO -> infos++;
          }
        }
      }
      return new Counts(names.size(), valid, names.size() - valid, fixable,
          new Summary(names.size(), errors, warnings, infos));
    }

    /** The counts of two parts of a batch together. */
    Counts plus(Counts other) {
      Summary a = findings;
      Summary b = other.findings;
      return new Counts(names + other.names, valid + other.valid, invalid + other.invalid, fixable + other.fixable,
          new Summary(a.items() + b.items(), a.errors() + b.errors(), a.warnings() + b.warnings(),
              a.infos() + b.infos()));
    }

    /** Every finding counted, all of them listed. */
    FindingsReport.Shown allListed() {
      return new FindingsReport.Shown(List.of(), false, 0, findings, true);
    }
  }

  private NamesReportWriter() {}

  static FindingsReport.Body body(List<CheckedName> names, Texts texts) {
    return new FindingsReport.Body() {
      @Override
      public void text(FindingsReport.Shown shown, PrintWriter out) {
        for (int i = 0; i < names.size(); i++) {
          CheckedName name = names.get(i);
          List<Finding> findings = shown.of(i);
          if (name.input().shownAs() == null) {
            // a name read from standard input is headed by its line and itself, as a file by its path
            String heading = name.input().label() + " " + name.input().fileName();
            findings = findings.stream().map(f -> f.at(heading, 0)).toList();
          }
          FindingsReport.lines(findings, texts, out);
          // a name whose findings all fell past --max-errors is not listed, nor its corrected name
          boolean listed = !shown.of(i).isEmpty() || name.findings().isEmpty();
          if (listed && name.report().suggestion() != null) {
            out.println(Visible.of("  " + texts.get("names.suggestion", name.report().suggestion())));
          }
        }
      }

      @Override
      public void json(FindingsReport.Shown shown, PrintWriter out) throws IOException {
        NamesReportWriter.json(names, shown, texts, out);
      }
    };
  }

  static String summaryLine(List<CheckedName> names, FindingsReport.Shown shown, Texts texts) {
    return summaryLine(Counts.of(names, shown), texts);
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

  private static void json(List<CheckedName> names, FindingsReport.Shown shown, Texts texts, PrintWriter out)
      throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.NAMES_CHECK);
      json.writeArrayFieldStart("files");
      for (int i = 0; i < names.size(); i++) {
        file(json, names.get(i), shown.of(i), texts);
      }
      json.writeEndArray();
      summary(json, names, shown);
    }
  }

  /** One name's entry of {@code files}, with the findings listed for it. */
  static void file(JsonGenerator json, CheckedName name, List<Finding> listed, Texts texts) throws IOException {
    json.writeStartObject();
    json.writeFieldName(PATH);
    json.writeString(name.input().shownAs());
    if (name.input().line() > 0) {
      json.writeFieldName(LINE);
      json.writeNumber(name.input().line());
    }
    json.writeFieldName(NAME);
    json.writeString(name.report().name());
    json.writeFieldName(KIND);
    json.writeString(name.report().kind() == null ? null : name.report().kind().id());
    json.writeFieldName(VALID);
    json.writeBoolean(name.report().valid());
    json.writeFieldName(SUGGESTION);
    json.writeString(name.report().suggestion());
    Json.findings(json, listed, texts);
    json.writeEndObject();
  }

  /** The document's end after {@code files}: the summary, the closing brace and a line end. */
  static void summary(JsonGenerator json, List<CheckedName> names, FindingsReport.Shown shown) throws IOException {
    summary(json, Counts.of(names, shown), shown.listed(), shown.partial());
  }

  /** The report's summary and closing brace; {@code listed} findings of the counted ones are in the report. */
  static void summary(JsonGenerator json, Counts counts, int listed, boolean partial) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("names", counts.names());
    json.writeNumberField("valid", counts.valid());
    json.writeNumberField("invalid", counts.invalid());
    json.writeNumberField("fixable", counts.fixable());
    json.writeNumberField("errors", counts.findings().errors());
    json.writeNumberField("warnings", counts.findings().warnings());
    json.writeNumberField("listed", listed);
    json.writeBooleanField("partial", partial);
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  static List<RuleDescription> rules(Pack pack, Texts texts) {
    return RuleDescriptions.of(pack, texts, id -> id.startsWith("N"));
  }

  static List<ReportItem> items(List<CheckedName> names) {
    List<ReportItem> out = new ArrayList<>(names.size());
    for (CheckedName name : names) {
      out.add(new ReportItem(name.input().label(), name.findings()));
    }
    return out;
  }
}
