package org.zhidu.cli.spend;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Lang;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.PackOption;
import org.zhidu.cli.options.TextOrJsonOption;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.Visible;
import org.zhidu.core.approval.Notice;
import org.zhidu.core.approval.RouteRow;
import org.zhidu.core.approval.Routing;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.money.Amounts;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.spending.BothReadings;
import org.zhidu.core.spending.Collective;
import org.zhidu.core.spending.SpendProblem;
import org.zhidu.core.spending.SpendRouter;
import org.zhidu.core.spending.SpendingPolicy;
import org.zhidu.policies.Pack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zhidu spend route}: who approves spending of a kind and an amount beforehand, who is told, whether a meeting
 * decides it, who signs the claim, each with its clause; where the document is silent, "no rule in &lt;pack&gt;"
 * (X-GAP, exit 1).
 */
@Command(name = "route", mixinStandardHelpOptions = true)
public final class SpendRouteCommand extends AreaCommand {

  @Mixin PackOption pack;

  @Option(names = "--kind", paramLabel = "KIND", required = true, descriptionKey = "spend.option.kind")
  String kind;

  @Option(names = "--amount", paramLabel = "YUAN", required = true, descriptionKey = "spend.option.amount")
  String amountText;

  @Option(names = "--budgeted", paramLabel = "yes|no", descriptionKey = "spend.option.budgeted")
  String budgetedText;

  @Mixin TextOrJsonOption format;

  @Override
  public Integer call() throws IOException {
    BigDecimal amount = Amounts.parse(amountText);
    if (amount == null) {
      throw new InputException(new Location(null, 0, 0, "--amount"), Message.of("spend.bad_amount", amountText));
    }
    Boolean budgeted = budgeted();
    Pack thePack = pack.resolve(context);
    SpendingPolicy policy = thePack.spending();
    SpendRouter.SpendRoute route = SpendRouter.route(policy, kind, amount, budgeted);
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      json(thePack, policy, amount, budgeted, route, out);
    } else {
      text(thePack, policy, amount, route, context.texts(), out);
    }
    out.flush();
    return route.routing() instanceof Routing.Route ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private Boolean budgeted() {
    if (budgetedText == null) {
      return null;
    }
    return switch (budgetedText) {
      case "yes", "是" -> Boolean.TRUE;
      case "no", "否" -> Boolean.FALSE;
      default -> throw new InputException(new Location(null, 0, 0, "--budgeted"),
          Message.of("spend.bad_budgeted", budgetedText));
    };
  }

  private void text(Pack thePack, SpendingPolicy policy, BigDecimal amount, SpendRouter.SpendRoute route, Texts texts,
      PrintWriter out) {
    // the kind as given, which may be any text: a control character in it is shown, not obeyed (Visible)
    String shownKind = Visible.of(kind);
    out.println(texts.get("spend.route.request", thePack.id(), shownKind, yuan(amount)));
    if (route.routing() instanceof Routing.Route r) {
      RouteRow row = r.row();
      out.println(texts.get("spend.route.before"));
      for (int i = 0; i < row.chain().size(); i++) {
        out.println(texts.get("spend.route.step", i + 1, row.chain().get(i)));
      }
      for (Notice n : row.notices()) {
        out.println(texts.get("spend.route.notice", n.action(), n.to()));
      }
      out.println(texts.get("spend.route.clause", row.rule(), row.clause()));
    } else if (route.routing() instanceof Routing.Gap gap) {
      out.println(texts.get(SpendProblem.NO_ROUTE.messageKey(), gap.pack(), shownKind, yuan(amount)));
    }
    for (Collective c : route.collective()) {
      out.println(texts.get("spend.route.collective", c.decidedBy(), c.rule(), c.clause()));
    }
    for (Collective c : route.ifUnbudgeted()) {
      out.println(texts.get("spend.route.if_unbudgeted", c.decidedBy(), c.rule(), c.clause()));
    }
    if (!policy.claimChain().isEmpty()) {
      out.println(texts.get("spend.route.claim", String.join(" → ", policy.claimChain()), policy.rule(),
          policy.claimClause()));
    }
    for (BothReadings b : route.bothReadings()) {
      out.println(texts.get("spend.route.both", texts.lang() == Lang.EN ? b.noteEn() : b.note(), b.rule(),
          b.citation()));
    }
  }

  private void json(Pack thePack, SpendingPolicy policy, BigDecimal amount, Boolean budgeted,
      SpendRouter.SpendRoute route, PrintWriter out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.SPEND_ROUTE);
      json.writeStringField("pack", thePack.id());
      json.writeObjectFieldStart("request");
      json.writeStringField("kind", kind);
      json.writeNumberField("amount", amount);
      if (budgeted == null) {
        json.writeNullField("budgeted");
      } else {
        json.writeBooleanField("budgeted", budgeted);
      }
      json.writeEndObject();
      List<String> clauses = new ArrayList<>();
      json.writeArrayFieldStart("approvers");
      if (route.routing() instanceof Routing.Route r) {
        for (int i = 0; i < r.chain().size(); i++) {
          json.writeStartObject();
          json.writeNumberField("step", i + 1);
          json.writeStringField("role", r.chain().get(i));
          json.writeEndObject();
        }
        clauses.add(r.row().rule() + " " + r.row().clause());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("notify");
      if (route.routing() instanceof Routing.Route r) {
        for (Notice n : r.notices()) {
          json.writeStartObject();
          json.writeStringField("action", n.action());
          json.writeStringField("to", n.to());
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeBooleanField("collective", route.isCollective());
      if (route.isCollective()) {
        json.writeStringField("decidedBy", route.decidingEntry().decidedBy());
      } else {
        json.writeNullField("decidedBy");
      }
      json.writeArrayFieldStart("claim");
      for (String role : policy.claimChain()) {
        json.writeString(role);
      }
      json.writeEndArray();
      for (Collective c : route.collective()) {
        clauses.add(c.rule() + " " + c.clause());
      }
      if (!policy.claimChain().isEmpty()) {
        clauses.add(policy.rule() + " " + policy.claimClause());
      }
      json.writeArrayFieldStart("clauses");
      for (String c : clauses) {
        json.writeString(c);
      }
      json.writeEndArray();
      Texts texts = context.texts();
      json.writeArrayFieldStart("notes");
      if (route.routing() instanceof Routing.Gap gap) {
        json.writeString(CrossCutting.X_GAP.value() + " " + texts.get(SpendProblem.NO_ROUTE.messageKey(), gap.pack(),
            kind, yuan(amount)));
      }
      for (Collective c : route.ifUnbudgeted()) {
        json.writeString(texts.get("spend.route.if_unbudgeted", c.decidedBy(), c.rule(), c.clause()).strip());
      }
      for (BothReadings b : route.bothReadings()) {
        json.writeString(texts.lang() == Lang.EN ? b.noteEn() : b.note());
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /** 1500 → "1,500", 1500.5 → "1,500.50": an amount as a clerk reads it. */
  private static String yuan(BigDecimal amount) {
    BigDecimal whole = amount.stripTrailingZeros();
    return whole.scale() <= 0 ? String.format(java.util.Locale.ROOT, "%,d", whole.longValueExact())
        : String.format(java.util.Locale.ROOT, "%,.2f", amount);
  }
}
