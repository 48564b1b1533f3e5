package org.zhidu.cli.signoff;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.CalendarOptions;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.options.PackOption;
import org.zhidu.cli.options.TextOrJsonOption;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.core.calendar.HalfDay;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.signoff.DraftSchedule;
import org.zhidu.core.signoff.DraftingPolicy;
import org.zhidu.core.signoff.SignoffRules;
import org.zhidu.policies.Pack;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zhidu signoff due --meeting D [--important | --reform]}: by when a department's draft for the meeting
 * arrives and by when each reviewer passes it on (D5), on the work calendar.
 */
@Command(name = "due", mixinStandardHelpOptions = true)
public final class SignoffDueCommand extends AreaCommand {

  @Option(names = "--meeting", paramLabel = "D", required = true, converter = Dates.DateConverter.class,
      descriptionKey = "signoff.option.meeting")
  LocalDate meeting;

  /** What is drafted: a speech by default. */
  static final class Kind {
    @Option(names = "--important", descriptionKey = "signoff.option.important")
    boolean important;

    @Option(names = "--reform", descriptionKey = "signoff.option.reform")
    boolean reform;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Kind kind;

  @Option(names = "--pack", paramLabel = "ID|FILE", defaultValue = "party-office",
      descriptionKey = "signoff.option.pack")
  String pack = "party-office";

  @Mixin CalendarOptions calendar;

  @Mixin TextOrJsonOption format;

  @Override
  public Integer call() throws IOException {
    if (meeting.getYear() < Dates.FIRST_YEAR || meeting.getYear() > Dates.LAST_YEAR) {
      throw new InputException(new Location(null, 0, 0, "--meeting"),
          Message.of("signoff.bad_meeting", meeting.toString()));
    }
    Pack thePack = PackOption.load(pack, context);
    DraftingPolicy policy = thePack.signoff().drafting();
    if (policy == null) {
      throw new InputException(new Location(null, 0, 0, "--pack"), Message.of("signoff.no_drafting", thePack.id()));
    }
    DraftSchedule.Kind what = kind == null ? DraftSchedule.Kind.DRAFT
        : kind.reform ? DraftSchedule.Kind.REFORM : kind.important ? DraftSchedule.Kind.IMPORTANT
            : DraftSchedule.Kind.DRAFT;
    if (what == DraftSchedule.Kind.REFORM && policy.reformDays() == null) {
      throw new InputException(new Location(null, 0, 0, "--reform"), Message.of("signoff.no_reform", thePack.id()));
    }
    WorkCalendar workCalendar = calendar.load(context);
    DraftSchedule schedule = DraftSchedule.of(policy, workCalendar, meeting, what);
    boolean offDay = !workCalendar.isWorkday(schedule.draftsDue());
    Texts texts = context.texts();
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      json(thePack, schedule, offDay, out);
    } else {
      text(schedule, offDay, texts, out);
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void text(DraftSchedule schedule, boolean offDay, Texts texts, PrintWriter out) {
    String kind = texts.get("signoff.kind." + schedule.kind().name().toLowerCase(java.util.Locale.ROOT));
    out.println(texts.get("signoff.head", schedule.meeting(), kind));
    out.println(texts.get(schedule.kind() == DraftSchedule.Kind.REFORM ? "signoff.reform_due" : "signoff.drafts_due",
        schedule.draftsDue(),
        java.time.temporal.ChronoUnit.DAYS.between(schedule.draftsDue(), schedule.meeting())));
    if (offDay) {
      out.println(texts.get("signoff.off_day", schedule.draftsDue()));
    }
    int n = 1;
    for (DraftSchedule.Due d : schedule.steps()) {
      out.println(texts.get("signoff.step", n++, d.step().role(), d.due().date(),
          texts.get(d.due().afternoon() ? "signoff.pm" : "signoff.am"), halves(d.step().halves(), texts),
          d.step().clause()));
    }
    if (!schedule.fitsBeforeMeeting()) {
      out.println(texts.get("signoff.late_chain"));
    }
    out.println(texts.get("signoff.rule", SignoffRules.D5.value()));
  }

  /** 1 个工作日, 半个工作日, 1.5 个工作日. */
  private static String halves(int halves, Texts texts) {
    return halves == 1 ? texts.get("signoff.half_day")
        : texts.get("signoff.days", halves % 2 == 0 ? Integer.toString(halves / 2) : (halves / 2) + ".5");
  }

  private static void json(Pack thePack, DraftSchedule schedule, boolean offDay, PrintWriter out)
      throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.SIGNOFF_DUE);
      json.writeStringField("meeting", schedule.meeting().toString());
      json.writeStringField("pack", thePack.id());
      json.writeStringField("kind", schedule.kind().name().toLowerCase(java.util.Locale.ROOT));
      json.writeBooleanField("important", schedule.kind() == DraftSchedule.Kind.IMPORTANT);
      json.writeStringField("draftsDue", schedule.draftsDue().toString());
      json.writeBooleanField("draftsDueOnWorkday", !offDay);
      json.writeArrayFieldStart("steps");
      for (DraftSchedule.Due d : schedule.steps()) {
        json.writeStartObject();
        json.writeStringField("role", d.step().role());
        json.writeStringField("due", due(d.due()));
        json.writeNumberField("halfWorkdays", d.step().halves());
        json.writeStringField("clause", d.step().clause());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeBooleanField("beforeMeeting", schedule.fitsBeforeMeeting());
      json.writeStringField("rule", SignoffRules.D5.value());
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /** 2026-05-08 am: the day, and which half of it ends the time. */
  private static String due(HalfDay half) {
    return half.date() + (half.afternoon() ? " pm" : " am");
  }
}
