package org.zhidu.cli.leave;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.PackOption;
import org.zhidu.cli.options.TextOrJsonOption;
import org.zhidu.cli.output.Json;
import org.zhidu.core.approval.Limit;
import org.zhidu.core.approval.Notice;
import org.zhidu.core.approval.RouteRow;
import org.zhidu.core.approval.RouteTable;
import org.zhidu.core.approval.Router;
import org.zhidu.core.approval.Routing;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.leave.LeaveProblem;
import org.zhidu.core.rule.Bound;
import org.zhidu.policies.Pack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zhidu leave route}: who approves a leave, in order, with what is filed and who is told, each step with its
 * clause; or, where the document is silent, "no rule in &lt;pack&gt; for …" with the nearest rows (X-GAP, exit 1).
 */
@Command(name = "route", mixinStandardHelpOptions = true)
public final class LeaveRouteCommand extends AreaCommand {

  /** The kind of leave when none is given. */
  static final String DEFAULT_KIND = "事假";

  @Mixin PackOption pack;

  @Option(names = "--role", paramLabel = "ROLE", required = true, descriptionKey = "leave.option.role")
  String role;

  @Option(names = "--days", paramLabel = "N", required = true, descriptionKey = "leave.option.days")
  BigDecimal days;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = DEFAULT_KIND, descriptionKey = "leave.option.kind")
  String kind = DEFAULT_KIND;

  @Mixin TextOrJsonOption format;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    Pack thePack = pack.resolve(context);
    RouteTable table = thePack.leave();
    if (days.signum() < 0) {
      throw new InputException(Location.NOWHERE, Message.of("leave.negative_days", days.toPlainString()));
    }
    // no request is longer than a year; parts of a day (0.5, 0.75 for a few hours) are requests of their own
    if (days.compareTo(BigDecimal.valueOf(366)) > 0) {
      throw new InputException(new Location(null, 0, 0, "--days"), Message.of("leave.bad_days",
          days.toPlainString()));
    }
    Routing routing = Router.route(table, role, kind, days);
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      json(thePack, routing, out);
    } else {
      text(thePack, table, routing, texts, out);
    }
    out.flush();
    return routing instanceof Routing.Route ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private void text(Pack thePack, RouteTable table, Routing routing, Texts texts, PrintWriter out) {
    String amount = days.stripTrailingZeros().toPlainString();
    out.println(texts.get("leave.route.request", thePack.id(), role, kind, amount));
    if (routing instanceof Routing.Route route) {
      RouteRow row = route.row();
      for (int i = 0; i < row.chain().size(); i++) {
        out.println(texts.get("leave.route.step", i + 1, row.chain().get(i)));
      }
      for (Notice n : row.notices()) {
        out.println(texts.get("leave.route.notice", n.action(), n.to()));
      }
      out.println(texts.get("leave.route.clause", row.rule(), row.clause()));
      out.println(texts.get("leave.route.row", row.id(), range(row)));
    } else if (routing instanceof Routing.Gap gap) {
      out.println(texts.get(LeaveProblem.NO_ROUTE.messageKey(), gap.pack(), role, kind, amount));
      if (gap.nearest().isEmpty()) {
        out.println(texts.get("leave.route.no_nearest", role, kind, String.join("、", table.roles())));
      }
      for (RouteRow row : gap.nearest()) {
        out.println(texts.get("leave.route.nearest", row.id(), range(row), String.join(" → ", row.chain()),
            row.rule(), row.clause()));
      }
    }
  }

  private void json(Pack thePack, Routing routing, PrintWriter out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeStringField("pack", thePack.id());
      json.writeObjectFieldStart("request");
      json.writeStringField("role", role);
      json.writeStringField("kind", kind);
      json.writeNumberField("days", days.stripTrailingZeros());
      json.writeEndObject();
      List<RouteRow> rows = new ArrayList<>();
      json.writeArrayFieldStart("chain");
      if (routing instanceof Routing.Route route) {
        rows.add(route.row());
        for (int i = 0; i < route.chain().size(); i++) {
          json.writeStartObject();
          json.writeNumberField("step", i + 1);
          json.writeStringField("role", route.chain().get(i));
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeArrayFieldStart("notices");
      for (RouteRow row : rows) {
        for (Notice n : row.notices()) {
          json.writeStartObject();
          json.writeStringField("action", n.action());
          json.writeStringField("to", n.to());
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeArrayFieldStart("clauses");
      for (RouteRow row : rows) {
        clause(json, row);
      }
      json.writeEndArray();
      if (routing instanceof Routing.Gap gap) {
        json.writeObjectFieldStart("gap");
        json.writeStringField("rule", org.zhidu.core.rule.CrossCutting.X_GAP.value());
        json.writeStringField("message", context.texts().get(LeaveProblem.NO_ROUTE.messageKey(), gap.pack(), role,
            kind, days.stripTrailingZeros().toPlainString()));
        json.writeArrayFieldStart("nearest");
        for (RouteRow row : gap.nearest()) {
          clause(json, row);
        }
        json.writeEndArray();
        json.writeEndObject();
      } else {
        json.writeNullField("gap");
      }
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void clause(JsonGenerator json, RouteRow row) throws IOException {
    json.writeStartObject();
    json.writeStringField("row", row.id());
    json.writeStringField("range", range(row));
    json.writeArrayFieldStart("chain");
    for (String r : row.chain()) {
      json.writeString(r);
    }
    json.writeEndArray();
    json.writeStringField("rule", row.rule().value());
    json.writeStringField("clause", row.clause());
    json.writeEndObject();
  }

  /** The days a row covers: "> 1", "≤ 0.5", "≥ 1, < 3", or "*" for any. */
  static String range(RouteRow row) {
    List<String> parts = new ArrayList<>();
    if (row.from() != null) {
      parts.add(side(row.from(), "≥ ", "> "));
    }
    if (row.to() != null) {
      parts.add(side(row.to(), "≤ ", "< "));
    }
    return parts.isEmpty() ? "*" : String.join(", ", parts);
  }

  private static String side(Limit limit, String inclusive, String exclusive) {
    return (limit.bound() == Bound.INCLUSIVE ? inclusive : exclusive) + limit.value().toPlainString();
  }
}
