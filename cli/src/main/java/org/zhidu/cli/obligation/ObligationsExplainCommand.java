package org.zhidu.cli.obligation;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.zhidu.cli.ShowCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.CalendarOptions;
import org.zhidu.cli.options.PackOption;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.obligation.Obligation;
import org.zhidu.core.obligation.ObligationChecker;
import org.zhidu.core.obligation.Occurrence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhidu obligations explain NAME --year YYYY}: an obligation's clause, its reading and its dates in a year. */
@Command(name = "explain", mixinStandardHelpOptions = true)
public final class ObligationsExplainCommand extends ShowCommand {

  @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "obligations.param.name")
  String name;

  @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "obligations.option.year")
  int year;

  @Mixin PackOption pack;

  @Mixin CalendarOptions calendar;

  @Override
  protected Collection<Path> inputs() {
    return Arrays.asList(pack.file(context), calendar.file());
  }

  @Override
  protected int write(PrintWriter out) throws IOException {
    Texts texts = context.texts();
    Plan plan = Plan.of(context, pack.resolve(context), year, calendar);
    Obligation o = plan.policy().named(name);
    if (o == null) {
      throw new InputException(new Location(null, 0, 0, "NAME"), Message.of("obligations.unknown", name,
          plan.pack().id(), String.join("、", plan.policy().obligations().stream().map(Obligation::name).toList())));
    }
    List<Occurrence> mine = plan.occurrences().stream().filter(x -> x.obligation() == o).toList();
    if (show.json()) {
      try (JsonGenerator json = Json.generator(out)) {
        Json.start(json, JsonContract.OBLIGATIONS_EXPLAIN);
        json.writeStringField("pack", plan.pack().id());
        json.writeStringField("obligation", o.name());
        json.writeStringField("rule", o.rule().value());
        json.writeStringField("clause", o.clause());
        json.writeStringField("every", o.period().id());
        json.writeStringField("times", ObligationChecker.times(o));
        json.writeBooleanField("target", o.target());
        json.writeStringField("restDay", plan.policy().restDay().id());
        json.writeNumberField("year", year);
        json.writeArrayFieldStart("occurrences");
        for (Occurrence x : mine) {
          json.writeStartObject();
          json.writeStringField("from", x.from().toString());
          json.writeStringField("to", x.to().toString());
          json.writeStringField("due", x.due().toString());
          json.writeBooleanField("moved", x.moved());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
      }
      return 0;
    }
    out.println(o.name() + "  " + o.rule().value());
    out.println(texts.get("obligations.explain.clause", o.clause()));
    out.println(texts.get("obligations.explain.rhythm", texts.get("obligations.every." + o.period().id()),
        ObligationChecker.times(o), o.target() ? texts.get("obligations.explain.target") : ""));
    if (!o.responsible().isEmpty()) {
      out.println(texts.get("obligations.explain.responsible", o.responsible()));
    }
    out.println(texts.get("obligations.explain.rest_day", texts.get("obligations.rest_day."
        + plan.policy().restDay().id()), plan.policy().restDayClause()));
    out.println(texts.get("obligations.explain.dates", year, mine.size()));
    for (Occurrence x : mine) {
      out.println("  " + x.from() + " — " + x.to() + "  " + texts.get("obligations.explain.due", x.due().toString())
          + (x.moved() ? "  " + texts.get("obligations.plan.moved", x.to().toString(), x.due().toString()) : ""));
    }
    return 0;
  }
}
