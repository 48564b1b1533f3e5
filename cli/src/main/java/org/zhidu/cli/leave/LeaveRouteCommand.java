package org.zhidu.cli.leave;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.PackOption;
import org.zhidu.cli.options.TextOrJsonOption;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.options.OfficeOption;
import org.zhidu.core.approval.Approvers;
import org.zhidu.core.approval.Notice;
import org.zhidu.core.approval.RouteRow;
import org.zhidu.core.approval.RouteTable;
import org.zhidu.core.approval.Router;
import org.zhidu.core.approval.Routing;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.leave.LeaveChecker;
import org.zhidu.core.leave.LeavePolicy;
import org.zhidu.core.leave.LeaveProblem;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.policies.Pack;
import picocli.CommandLine.ArgGroup;
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

  @ArgGroup(exclusive = true, multiplicity = "1")
  Who who;

  /** Who asks: a post as the route table names it, or a person of the office file. */
  static final class Who {
    @Option(names = "--role", paramLabel = "ROLE", required = true, descriptionKey = "leave.option.role")
    String role;

    @Option(names = "--person", paramLabel = "NAME", required = true, descriptionKey = "leave.option.person")
    String person;
  }

  @Option(names = "--office", paramLabel = "FILE", descriptionKey = "leave.option.office")
  Path officeFile;

  @Option(names = "--on", paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "leave.option.on")
  LocalDate on;

  /** The requester's post, and with an office file the person and the names of the chain. */
  private String role;
  private Person person;
  private List<String> names = List.of();

  @Option(names = "--days", paramLabel = "N", required = true, descriptionKey = "leave.option.days")
  BigDecimal days;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = DEFAULT_KIND, descriptionKey = "leave.option.kind")
  String kind = DEFAULT_KIND;

  @Mixin TextOrJsonOption format;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    Pack thePack = pack.resolve(context);
    LeavePolicy policy = thePack.leave();
    RouteTable table = policy.routes();
    Office office = officeFile == null ? null : OfficeOption.load(context, officeFile);
    if (office == null && who.person != null) {
      throw new InputException(new Location(null, 0, 0, "--person"), Message.of("leave.person_needs_office"));
    }
    role = who.role;
    if (who.person != null) {
      person = office.person(who.person).orElseThrow(() -> new InputException(
          new Location(officeFile.toString(), 0, 0, "--person"), Message.of("leave.unknown_person_option",
              who.person, officeFile.toString())));
      role = person.position();
    }
    if (days.signum() <= 0) {
      throw new InputException(new Location(null, 0, 0, "--days"), Message.of("leave.negative_days",
          days.toPlainString()));
    }
    // no request is longer than a year; parts of a day (0.5, 0.75 for a few hours) are requests of their own
    if (days.compareTo(BigDecimal.valueOf(LeaveChecker.MOST_DAYS)) > 0) {
      throw new InputException(new Location(null, 0, 0, "--days"), Message.of("leave.bad_days",
          days.toPlainString()));
    }
    if (!table.roles().contains(role)) {
      throw new InputException(new Location(null, 0, 0, who.person != null ? "--person" : "--role"),
          Message.of("leave.unknown_role", role, thePack.id(), String.join("、", table.roles())));
    }
    if (!policy.kinds().isEmpty() && !policy.kinds().contains(kind)) {
      throw new InputException(new Location(null, 0, 0, "--kind"),
          Message.of("leave.unknown_kind_option", kind, thePack.id(), String.join("、", policy.kinds())));
    }
    Routing routing = Router.route(table, role, kind, days);
    if (person != null && routing instanceof Routing.Route route) {
      names = Approvers.resolve(office, person, route.chain(), policy.sectionHead(),
          on != null ? on : LocalDate.now(context.clock()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      json(thePack, policy, routing, out);
    } else {
      text(thePack, policy, routing, texts, out);
    }
    out.flush();
    return routing instanceof Routing.Route ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private void text(Pack thePack, LeavePolicy policy, Routing routing, Texts texts, PrintWriter out) {
    RouteTable table = policy.routes();
    String amount = days.stripTrailingZeros().toPlainString();
    String asker = person == null ? role : person.name() + "（" + role + "）";
    out.println(texts.get("leave.route.request", thePack.id(), asker, kind, amount));
    if (routing instanceof Routing.Route route) {
      RouteRow row = route.row();
      for (int i = 0; i < row.chain().size(); i++) {
        String name = i < names.size() && names.get(i) != null ? "（" + names.get(i) + "）"
            : person != null ? texts.get("leave.route.unnamed") : "";
        out.println(texts.get("leave.route.step", i + 1, row.chain().get(i) + name,
            texts.get(action(i, row) ? "leave.route.approves" : "leave.route.agrees")));
      }
      String form = form(policy);
      if (form != null) {
        boolean ahead = form.equals("written") && policy.written().ahead() != null;
        out.println(ahead ? texts.get("leave.route.form.written_ahead", policy.written().ahead().value().toPlainString())
            : texts.get("leave.route.form." + form));
      }
      LeavePolicy.Advance routine = policy.routine();
      if (routine != null && routine.kinds().contains(kind)) {
        out.println(texts.get("leave.route.routine", kind, routine.ahead().value().toPlainString()));
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

  private void json(Pack thePack, LeavePolicy policy, Routing routing, PrintWriter out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.LEAVE_ROUTE);
      json.writeStringField("pack", thePack.id());
      json.writeObjectFieldStart("request");
      if (person != null) {
        json.writeStringField("person", person.name());
      }
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
          if (i < names.size() && names.get(i) != null) {
            json.writeStringField("person", names.get(i));
          } else {
            json.writeNullField("person");
          }
          json.writeStringField("action", action(i, route.row()) ? "批准" : "同意");
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      String form = routing instanceof Routing.Route ? form(policy) : null;
      if (form != null) {
        json.writeStringField("form", form);
      } else {
        json.writeNullField("form");
      }
      if (form != null && form.equals("written") && policy.written().ahead() != null) {
        json.writeNumberField("aheadDays", policy.written().ahead().value());
      } else if (routing instanceof Routing.Route && policy.routine() != null
          && policy.routine().kinds().contains(kind)) {
        json.writeNumberField("aheadDays", policy.routine().ahead().value());
      } else {
        json.writeNullField("aheadDays");
      }
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

  /** Whether step i is the one that approves (the last); the steps before it agree (同意) and pass it on. */
  private static boolean action(int i, RouteRow row) {
    return i == row.chain().size() - 1;
  }

  /**
   * What form the request takes: {@code written}, {@code oral}, {@code afterwards} (written, or by word of mouth and
   * written afterwards) or {@code null} when the pack does not say.
   */
  private String form(LeavePolicy policy) {
    LeavePolicy.Written w = policy.written();
    if (w == null) {
      return null;
    }
    if (!w.requires(kind, days)) {
      return "oral";
    }
    return w.afterwards() ? "afterwards" : "written";
  }

  /** The days a row covers: "> 1", "≤ 0.5", "≥ 1, < 3", or "*" for any. */
  static String range(RouteRow row) {
    List<String> parts = new ArrayList<>();
    if (row.from() != null) {
      parts.add(row.from().side("≥ ", "> "));
    }
    if (row.to() != null) {
      parts.add(row.to().side("≤ ", "< "));
    }
    return parts.isEmpty() ? "*" : String.join(", ", parts);
  }
}
