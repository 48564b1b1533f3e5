package org.zhidu.cli.score;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.scoring.Commendation;
import org.zhidu.core.scoring.CountedEvent;
import org.zhidu.core.scoring.ItemTotal;
import org.zhidu.core.scoring.ScoreReport;
import org.zhidu.core.scoring.Standing;

/** The scores as the stable JSON contract. */
final class ScoreJson {

  private ScoreJson() {}

  static void write(ScoreReport report, List<Finding> findings, Texts texts, PrintWriter out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.SCORE);
      json.writeStringField("period", report.period().id());
      json.writeArrayFieldStart("people");
      for (Standing s : report.people()) {
        json.writeStartObject();
        json.writeStringField("name", s.name());
        json.writeStringField("section", s.section());
        json.writeNumberField("total", s.total());
        json.writeNumberField("rank", s.rank());
        json.writeArrayFieldStart("items");
        for (ItemTotal t : s.items()) {
          json.writeStartObject();
          json.writeStringField("item", t.item());
          json.writeNumberField("count", t.count());
          json.writeNumberField("points", t.points());
          json.writeEndObject();
        }
        json.writeEndArray();
        quarters(json, s);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("sections");
      for (Standing s : report.sections()) {
        json.writeStartObject();
        json.writeStringField("name", s.name());
        json.writeNumberField("total", s.total());
        json.writeNumberField("rank", s.rank());
        json.writeStringField("head", s.section());
        quarters(json, s);
        json.writeEndObject();
      }
      json.writeEndArray();
      Commendation c = report.commended();
      if (c != null) {
        json.writeObjectFieldStart("commended");
        names(json, "sections", c.sections());
        names(json, "people", c.people());
        names(json, "excludedHeads", c.excludedHeads());
        names(json, "tiedSections", c.tiedSections());
        names(json, "tiedPeople", c.tiedPeople());
        names(json, "tiedBottom", c.tiedBottom());
        json.writeEndObject();
      }
      json.writeArrayFieldStart("serious");
      for (CountedEvent e : report.serious()) {
        json.writeStartObject();
        json.writeStringField("date", e.event().date().toString());
        json.writeStringField("subject", e.event().subject());
        json.writeStringField("item", e.item().name());
        json.writeStringField("note", e.event().note());
        json.writeEndObject();
      }
      json.writeEndArray();
      Json.findings(json, findings, texts);
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /** {@code --explain NAME --format json}: the person or section and every event counted for them. */
  static void explain(String name, ScoreReport report, int base, PrintWriter out) throws IOException {
    Standing standing = ScoreText.find(report, name);
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.SCORE_EXPLAIN);
      json.writeStringField("period", report.period().id());
      json.writeStringField("name", name);
      json.writeNumberField("base", base);
      json.writeNumberField("total", standing.total());
      json.writeNumberField("rank", standing.rank());
      json.writeArrayFieldStart("events");
      for (CountedEvent e : report.explain(name)) {
        json.writeStartObject();
        json.writeStringField("date", e.event().date().toString());
        json.writeStringField("item", e.item().name());
        json.writeNumberField("count", e.event().count());
        json.writeNumberField("points", e.points());
        json.writeStringField("rule", e.item().ruleId());
        json.writeStringField("citation", e.item().citation());
        json.writeStringField("person", e.person());
        json.writeStringField("section", e.section());
        int line = e.event().where().at("日期").line();
        if (line > 0) {
          json.writeNumberField("line", line);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void quarters(JsonGenerator json, Standing s) throws IOException {
    json.writeArrayFieldStart("quarters");
    for (int q : s.quarters()) {
      json.writeNumber(q);
    }
    json.writeEndArray();
  }

  private static void names(JsonGenerator json, String field, List<String> names) throws IOException {
    json.writeArrayFieldStart(field);
    for (String n : names) {
      json.writeString(n);
    }
    json.writeEndArray();
  }
}
