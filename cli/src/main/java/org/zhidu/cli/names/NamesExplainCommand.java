package org.zhidu.cli.names;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import org.zhidu.cli.ShowCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.DisplayWidth;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.Visible;
import org.zhidu.cli.options.PackOption;
import org.zhidu.core.naming.NameChecker;
import org.zhidu.core.naming.NameReport;
import org.zhidu.core.naming.Segment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code zhidu names explain NAME}: the parse, segment by segment, and what each segment was recognised as. */
@Command(name = "explain", mixinStandardHelpOptions = true)
public final class NamesExplainCommand extends ShowCommand {

  @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "names.explain.name")
  String name;

  @Mixin PackOption pack;

  @Override
  protected Collection<Path> inputs() {
    return Collections.singletonList(pack.file(context));
  }

  @Override
  protected int write(PrintWriter out) throws IOException {
    Texts texts = context.texts();
    String fileName = name;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    if (slash >= 0 && slash < name.length() - 1) {
      fileName = name.substring(slash + 1);
    }
    NameReport report = new NameChecker(pack.resolve(context).naming()).explain(fileName);
    if (show.json()) {
      json(report, texts, out);
    } else {
      text(report, texts, out);
    }
    return report.valid() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private static void text(NameReport report, Texts texts, PrintWriter out) {
    // the name is the user's text: its control characters are shown, never obeyed by the terminal
    out.println(Visible.of(report.fileName()));
    String kind = report.kind() == null ? texts.get("names.kind.none")
        : texts.get("names.kind." + report.kind().id()) + " (" + report.kind().rule() + ")";
    out.println(texts.get("names.explain.kind") + ": " + kind);
    int roleWidth = DisplayWidth.of(texts.get("names.explain.segment"));
    int textWidth = DisplayWidth.of(texts.get("names.explain.written"));
    for (Segment s : report.segments()) {
      roleWidth = Math.max(roleWidth, DisplayWidth.of(texts.field(s.role().label())));
      textWidth = Math.max(textWidth, DisplayWidth.of(Visible.of(s.text())));
    }
    out.println("  " + DisplayWidth.pad(texts.get("names.explain.column"), 5)
        + DisplayWidth.pad(texts.get("names.explain.segment"), roleWidth + 2)
        + DisplayWidth.pad(texts.get("names.explain.written"), textWidth + 2)
        + texts.get("names.explain.recognised"));
    for (Segment s : report.segments()) {
      out.println("  " + DisplayWidth.pad(Integer.toString(s.column()), 5)
          + DisplayWidth.pad(texts.field(s.role().label()), roleWidth + 2)
          + DisplayWidth.pad(Visible.of(s.text()), textWidth + 2)
          + (s.value().equals(s.text()) ? "=" : Visible.of(s.value())));
    }
    if (!report.findings().isEmpty()) {
      out.println(texts.get("names.explain.findings") + ":");
      FindingsReport.lines(report.findings(), texts, out, "  ");
    }
    out.println(report.valid() ? texts.get("names.explain.valid") : texts.get("names.explain.invalid"));
    if (report.suggestion() != null) {
      out.println(Visible.of(texts.get("names.suggestion", report.suggestion())));
    }
  }

  private static void json(NameReport report, Texts texts, PrintWriter out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.NAMES_EXPLAIN);
      json.writeStringField("name", report.name());
      json.writeStringField("kind", report.kind() == null ? null : report.kind().id());
      json.writeArrayFieldStart("segments");
      for (Segment s : report.segments()) {
        json.writeStartObject();
        json.writeStringField("role", texts.field(s.role().label()));
        json.writeStringField("text", s.text());
        json.writeStringField("value", s.value());
        json.writeNumberField("column", s.column());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeBooleanField("valid", report.valid());
      json.writeStringField("suggestion", report.suggestion());
      Json.findings(json, report.findings(), texts);
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }
}
