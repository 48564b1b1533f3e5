package org.zhidu.policies.obligation;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.obligation.Exam;
import org.zhidu.core.obligation.Notice;
import org.zhidu.core.obligation.Obligation;
import org.zhidu.core.obligation.ObligationPolicy;
import org.zhidu.core.obligation.ObligationRules;
import org.zhidu.core.obligation.Period;
import org.zhidu.core.obligation.Precedes;
import org.zhidu.core.obligation.Research;
import org.zhidu.core.obligation.RestDay;
import org.zhidu.core.obligation.Rotation;
import org.zhidu.core.obligation.TaskPolicy;
import org.zhidu.core.obligation.Trip;
import org.zhidu.core.obligation.Window;
import org.zhidu.core.rule.RuleId;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ValueSetting;

/**
 * The {@code obligations} section: each recurring duty with its clause, how often it comes round, its window and
 * how many times; and the pack's reading of a due day that is not a working day.
 */
public final class ObligationsSection extends PackSection<ObligationsSection.File, ObligationPolicy> {

  /**
   * As written.
   *
   * @param restDay earlier, later or keep
   * @param items the obligations
   * @param tasks the 督查 register's reading, where the pack keeps one
   * @param trips the kinds of trip and their limits (P2)
   * @param research the kinds of research and their months (P5)
   * @param exam how an exam is marked (P5)
   * @param notices the meetings notified ahead, and how many days (M5)
   * @param precedes the obligations done before others (P2)
   * @param rotation the rotation of posts (P5)
   */
  public record File(ValueSetting<String> restDay, ListSetting<ItemEntry> items, ValueSetting<TasksEntry> tasks,
      ListSetting<TripEntry> trips, ListSetting<ResearchEntry> research, ValueSetting<ExamEntry> exam,
      ListSetting<NoticeEntry> notices, ListSetting<PrecedesEntry> precedes, ValueSetting<RotationEntry> rotation) {}

  /**
   * {@code { name: 全委会议, days: 10, clause: … }}: a meeting notified at least this many days ahead (M5).
   *
   * @param name the meeting's obligation, as the items name it
   * @param days the fewest days between the notice and the meeting
   * @param clause the clause
   */
  public record NoticeEntry(String name, Integer days, String clause) {}

  /**
   * {@code { first: 全体委员视察, then: 全委会议, clause: … }}: one obligation done before another (P2).
   *
   * @param first the obligation done first
   * @param then the obligation it comes before
   * @param clause the clause
   */
  public record PrecedesEntry(String first, String then, String clause) {}

  /**
   * {@code { newcomerMonths: 3, newcomerFor: 12, othersAtLeast: 12, othersAtMost: 24 }}: the rotation of posts (P5),
   * in months.
   *
   * @param newcomerMonths the months of a newcomer's posting (3)
   * @param newcomerFor how long, in months from one's first posting, one is new to the office
   * @param othersAtLeast the fewest months of any other posting (12)
   * @param othersAtMost the most months of any other posting (24)
   */
  public record RotationEntry(Integer newcomerMonths, Integer newcomerFor, Integer othersAtLeast,
      Integer othersAtMost) {}

  /**
   * {@code { kind: 专项调研, months: 1, clause: … }}: research of a kind done within its months (P5).
   *
   * @param kind the kind, as a log's 类别 names it
   * @param aliases other names, or {@code null}
   * @param months within how many months of the day it was assigned
   * @param clause the clause
   */
  public record ResearchEntry(String kind, List<String> aliases, Integer months, String clause) {}

  /**
   * {@code { name: 文秘人员考试, markers: 3 }}: an exam's score is the mean of its markers' marks (P5).
   *
   * @param name the exam, as a log names it
   * @param markers how many marks each paper has
   */
  public record ExamEntry(String name, Integer markers) {}

  /**
   * A kind of trip: {@code { name: 专委会考察调研, rule: P2, clause: …, workdays: 2, overnight: false }}.
   *
   * @param name the trip, as a log names it
   * @param aliases other names, or {@code null}
   * @param rule its rule (P2)
   * @param clause the clause
   * @param days the most calendar days, first and last included ("不超过一周": 7)
   * @param workdays the most working days ("最长不超过2个工作日": 2)
   * @param overnight whether a night away is allowed (default true)
   */
  public record TripEntry(String name, List<String> aliases, String rule, String clause, Integer days,
      Integer workdays, Boolean overnight) {}

  /**
   * {@code { remindDays: 3 }}: the 督查 register's reminder, in working days before an item's deadline (G14).
   *
   * @param remindDays how many working days before its deadline an open item is reminded of
   */
  public record TasksEntry(Integer remindDays) {}

  /**
   * One obligation: {@code { name: 线(组)例会, rule: P5, clause: …, every: month, days: [20, 25] }}.
   *
   * @param name what is done, as a log names it
   * @param aliases other names
   * @param rule its rule (P1–P6, M5)
   * @param clause the clause
   * @param responsible who does it
   * @param every week, month, quarter, half or year
   * @param weekday for a week: the day (1 Monday … 7 Sunday); absent: any day of the week
   * @param month the month of the period its window is in (1: the quarter's first); absent: every month of it
   * @param days the window's first and last day of that month ([20, 25]; [1, 25] for "by the 25th")
   * @param from for a year: the window's first day (07-01)
   * @param to for a year: its last day (12-31)
   * @param times exactly this many times each period (default 1 when no bound is given)
   * @param atLeast at least this many ("不少于12次")
   * @param atMost at most this many ("1–2次": atLeast 1, atMost 2)
   * @param target whether the clause sets a target ("力争"): a shortfall is a warning
   */
  public record ItemEntry(String name, List<String> aliases, String rule, String clause, String responsible,
      String every, Integer weekday, Integer month, List<Integer> days, String from, String to, Integer times,
      Integer atLeast, Integer atMost, Boolean target) {}

  /** The section under the key {@code obligations}. */
  public ObligationsSection() {
    super("obligations", File.class, ObligationPolicy.class);
  }

  @Override
  public ObligationPolicy resolve(File own, ObligationPolicy inherited, SectionContext context) {
    File f = own == null ? new File(null, null, null, null, null, null, null, null, null) : own;
    ObligationPolicy from = inherited == null ? ObligationPolicy.NONE : inherited;
    RestDay restDay = f.restDay() == null ? from.restDay() : context.build("restDay", () -> {
      RestDay r = RestDay.of(f.restDay().value());
      if (r == null) {
        throw new InvalidValue("pack.obligations_rest_day", f.restDay().value());
      }
      return r;
    });
    if (f.restDay() != null) {
      context.value("restDay", f.restDay(), inherited, p -> p.restDay().id());
    }
    String restDayClause = f.restDay() == null ? from.restDayClause() : f.restDay().citation();
    List<Obligation> obligations = f.items() == null ? from.obligations()
        : context.list("items", f.items(), f.items().values().stream().map(ObligationsSection::shown).toList(),
            v -> context.build("items", () -> v.stream().map(ObligationsSection::obligation).toList()), inherited,
            ObligationPolicy::obligations);
    TaskPolicy tasks = context.optional("tasks", f.tasks(), v -> List.of(v.remindDays() + " 个工作日"), v -> {
      if (v.remindDays() == null || v.remindDays() < 0 || v.remindDays() > 60) {
        throw new InvalidValue("pack.obligations_remind", String.valueOf(v.remindDays()));
      }
      return new TaskPolicy(v.remindDays(), f.tasks().citation());
    }, inherited, ObligationPolicy::tasks);
    List<Trip> trips = f.trips() == null ? from.trips()
        : context.list("trips", f.trips(), f.trips().values().stream().map(e -> e.name() + "（"
            + (e.days() != null ? "≤ " + e.days() + " 日" : "") + (e.workdays() != null ? "≤ " + e.workdays()
            + " 个工作日" : "") + (Boolean.FALSE.equals(e.overnight()) ? "，不过夜" : "") + "）").toList(),
            v -> context.build("trips", () -> v.stream().map(ObligationsSection::trip).toList()), inherited,
            ObligationPolicy::trips);
    if (f.trips() != null) {
      for (TripEntry e : f.trips().values()) {
        // 不超过 includes its own number (X-BOUND)
        if (e.days() != null) {
          context.limit("trips." + e.name() + ".days", f.trips().rules(), e.clause(),
              java.math.BigDecimal.valueOf(e.days()), org.zhidu.core.rule.Bound.INCLUSIVE);
        }
        if (e.workdays() != null) {
          context.limit("trips." + e.name() + ".workdays", f.trips().rules(), e.clause(),
              java.math.BigDecimal.valueOf(e.workdays()), org.zhidu.core.rule.Bound.INCLUSIVE);
        }
      }
    }
    List<Research> research = f.research() == null ? from.research()
        : context.list("research", f.research(), f.research().values().stream()
            .map(e -> e.kind() + "（≤ " + e.months() + " 个月）").toList(),
            v -> context.build("research", () -> v.stream().map(ObligationsSection::research).toList()), inherited,
            ObligationPolicy::research);
    if (f.research() != null) {
      for (ResearchEntry e : f.research().values()) {
        if (e.months() != null) {
          context.limit("research." + e.kind() + ".months", f.research().rules(), String.valueOf(e.clause()),
              java.math.BigDecimal.valueOf(e.months()), org.zhidu.core.rule.Bound.INCLUSIVE);
        }
      }
    }
    Exam exam = context.optional("exam", f.exam(), v -> List.of(v.name() + "（" + v.markers() + " 人阅卷，取平均）"),
        v -> {
          if (v.name() == null || v.name().isBlank() || v.markers() == null || v.markers() < 1 || v.markers() > 9) {
            throw new InvalidValue("pack.obligations_exam");
          }
          return new Exam(v.name(), v.markers(), f.exam().citation());
        }, inherited, ObligationPolicy::exam);
    List<Notice> notices = f.notices() == null ? from.notices()
        : context.list("notices", f.notices(), f.notices().values().stream()
            .map(e -> e.name() + "（提前 " + e.days() + " 日）").toList(),
            v -> notices(v, obligations, context), inherited, ObligationPolicy::notices);
    if (f.notices() != null) {
      for (NoticeEntry e : f.notices().values()) {
        if (e.days() != null) {
          // 提前10天: a notice on the 10th day before is in time (X-BOUND)
          context.limit("notices." + e.name() + ".days", f.notices().rules(), String.valueOf(e.clause()),
              java.math.BigDecimal.valueOf(e.days()), org.zhidu.core.rule.Bound.INCLUSIVE);
        }
      }
    }
    List<Precedes> precedes = f.precedes() == null ? from.precedes()
        : context.list("precedes", f.precedes(), f.precedes().values().stream()
            .map(e -> e.first() + " → " + e.then()).toList(),
            v -> precedes(v, obligations, context), inherited, ObligationPolicy::precedes);
    Rotation rotation = context.optional("rotation", f.rotation(), v -> List.of("新进 " + v.newcomerMonths()
        + " 个月（新进：" + v.newcomerFor() + " 个月内）", "其他 " + v.othersAtLeast() + "–" + v.othersAtMost() + " 个月"),
        v -> {
          try {
            return new Rotation(v.newcomerMonths(), v.newcomerFor(), v.othersAtLeast(), v.othersAtMost(),
                f.rotation().citation());
          } catch (NullPointerException | IllegalArgumentException bad) {
            throw new InvalidValue("pack.obligations_rotation");
          }
        }, inherited, ObligationPolicy::rotation);
    if (f.rotation() != null && f.rotation().value().othersAtMost() != null) {
      context.limit("rotation.othersAtMost", f.rotation().rules(), f.rotation().citation(),
          java.math.BigDecimal.valueOf(f.rotation().value().othersAtMost()), org.zhidu.core.rule.Bound.INCLUSIVE);
    }
    return context.build(() -> new ObligationPolicy(obligations, restDay, restDayClause, tasks, trips, research,
        exam, notices, precedes, rotation));
  }

  /** The meetings notified ahead, each refused at its own entry; a meeting named twice is refused at the second. */
  private static List<Notice> notices(List<NoticeEntry> entries, List<Obligation> obligations,
      SectionContext context) {
    Set<String> named = new HashSet<>();
    return eachAt("notices", entries, context, e -> {
      Notice notice = notice(e, obligations);
      if (!named.add(itemOf(notice.obligation(), obligations))) {
        throw new InvalidValue("pack.obligations_notice_twice", notice.obligation());
      }
      return notice;
    });
  }

  /**
   * The duties done before others, each refused at its own entry: one before itself, or an order given twice (or
   * both ways), is refused at the entry that says so.
   */
  private static List<Precedes> precedes(List<PrecedesEntry> entries, List<Obligation> obligations,
      SectionContext context) {
    Set<List<String>> pairs = new HashSet<>();
    return eachAt("precedes", entries, context, e -> {
      Precedes order = precedes(e, obligations);
      String first = itemOf(order.first(), obligations);
      String then = itemOf(order.then(), obligations);
      if (first.equals(then)) {
        throw new InvalidValue("pack.obligations_precedes_self", order.first());
      }
      if (!pairs.add(List.of(first, then)) || pairs.contains(List.of(then, first))) {
        throw new InvalidValue("pack.obligations_precedes_twice", order.first(), order.then());
      }
      return order;
    });
  }

  /** The item a name or an alias names (an entry has been checked to name one), for comparing entries. */
  private static String itemOf(String named, List<Obligation> obligations) {
    return obligations.stream().filter(o -> o.named(named)).findFirst().map(Obligation::name).orElse(named);
  }

  /** The entries of a list setting built one by one, so that a refusal is said at the entry refused. */
  private static <E, T> List<T> eachAt(String key, List<E> entries, SectionContext context,
      Function<E, T> build) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      E entry = entries.get(i);
      out.add(context.build(key + ".values." + i, () -> build.apply(entry)));
    }
    return List.copyOf(out);
  }

  private static Notice notice(NoticeEntry e, List<Obligation> obligations) {
    if (e.name() == null || e.clause() == null || e.clause().isBlank() || e.days() == null || e.days() < 1
        || e.days() > 366 || obligations.stream().noneMatch(o -> o.named(e.name()))) {
      throw new InvalidValue("pack.obligations_notice", String.valueOf(e.name()));
    }
    return new Notice(e.name(), e.days(), e.clause());
  }

  private static Precedes precedes(PrecedesEntry e, List<Obligation> obligations) {
    if (e.first() == null || e.then() == null || e.clause() == null || e.clause().isBlank()
        || obligations.stream().noneMatch(o -> o.named(e.first()))
        || obligations.stream().noneMatch(o -> o.named(e.then()))) {
      throw new InvalidValue("pack.obligations_precedes", String.valueOf(e.first()), String.valueOf(e.then()));
    }
    return new Precedes(e.first(), e.then(), e.clause());
  }

  /**
   * The rule of a recurring duty: P1–P6, M5, G14, or a deadline of another area that comes round (I5's quarterly
   * evidence, E1's monthly mileage reports), which joins the same calendar.
   */
  private static RuleId recurring(String id, String name) {
    return java.util.stream.Stream.concat(ObligationRules.ALL.stream(), JOINING.stream())
        .filter(r -> r.value().equals(id)).findFirst()
        .orElseThrow(() -> new InvalidValue("pack.obligations_rule", String.valueOf(id), name));
  }

  /** The rules of other areas whose deadlines come round. */
  private static final List<RuleId> JOINING = List.of(org.zhidu.core.scoring.ScoringRules.I5,
      org.zhidu.core.spending.SpendingRules.E1);

  private static Research research(ResearchEntry e) {
    if (e.kind() == null || e.kind().isBlank() || e.clause() == null || e.clause().isBlank() || e.months() == null
        || e.months() < 1 || e.months() > 24) {
      throw new InvalidValue("pack.obligations_research", String.valueOf(e.kind()));
    }
    return new Research(e.kind(), e.aliases(), e.months(), e.clause());
  }

  private static Trip trip(TripEntry e) {
    if (e.name() == null || e.name().isBlank() || e.clause() == null || e.clause().isBlank()
        || e.days() == null && e.workdays() == null) {
      throw new InvalidValue("pack.obligations_trip", String.valueOf(e.name()));
    }
    RuleId rule = ObligationRules.ALL.stream().filter(r -> r.value().equals(e.rule())).findFirst()
        .orElseThrow(() -> new InvalidValue("pack.obligations_rule", String.valueOf(e.rule()), e.name()));
    try {
      return new Trip(e.name(), e.aliases(), rule, e.clause(), e.days() == null ? 0 : e.days(),
          e.workdays() == null ? 0 : e.workdays(), !Boolean.FALSE.equals(e.overnight()));
    } catch (IllegalArgumentException bad) {
      throw new InvalidValue("pack.obligations_trip", e.name());
    }
  }

  private static String shown(ItemEntry e) {
    return e.name() + "（" + e.every() + "）";
  }

  private static Obligation obligation(ItemEntry e) {
    if (e.name() == null || e.name().isBlank() || e.clause() == null || e.clause().isBlank()) {
      throw new InvalidValue("pack.no_value");
    }
    RuleId rule = recurring(e.rule(), e.name());
    Period period = Period.of(e.every());
    if (period == null) {
      throw new InvalidValue("pack.obligations_every", String.valueOf(e.every()), e.name());
    }
    Window window = window(e, period);
    int least;
    int most;
    if (e.times() != null) {
      if (e.atLeast() != null || e.atMost() != null) {
        throw new InvalidValue("pack.obligations_times", e.name());
      }
      least = e.times();
      most = e.times();
    } else {
      least = e.atLeast() == null ? 1 : e.atLeast();
      most = e.atMost() == null ? (e.atLeast() == null ? 1 : 0) : e.atMost();
    }
    if (least < 1 || least > 400 || most < 0 || most > 400 || most != 0 && most < least) {
      throw new InvalidValue("pack.obligations_times", e.name());
    }
    try {
      return new Obligation(e.name(), e.aliases(), rule, e.clause(), e.responsible(), period, window, least, most,
          Boolean.TRUE.equals(e.target()));
    } catch (IllegalArgumentException bad) {
      throw new InvalidValue("pack.obligations_window", e.name());
    }
  }

  private static Window window(ItemEntry e, Period period) {
    try {
      if (period == Period.WEEK) {
        if (e.month() != null || e.days() != null || e.from() != null || e.to() != null) {
          throw new InvalidValue("pack.obligations_window", e.name());
        }
        return e.weekday() == null ? Window.whole(period) : new Window(1, e.weekday(), 1, e.weekday());
      }
      if (e.weekday() != null) {
        throw new InvalidValue("pack.obligations_window", e.name());
      }
      if (e.from() != null || e.to() != null) {
        if (e.from() == null || e.to() == null || e.month() != null || e.days() != null) {
          throw new InvalidValue("pack.obligations_window", e.name());
        }
        MonthDay a = MonthDay.parse("--" + e.from());
        MonthDay b = MonthDay.parse("--" + e.to());
        return new Window(a.getMonthValue(), a.getDayOfMonth(), b.getMonthValue(), b.getDayOfMonth());
      }
      int fromMonth = e.month() == null ? 1 : e.month();
      int toMonth = e.month() == null ? period.months() : e.month();
      if (e.days() == null) {
        return new Window(fromMonth, 1, toMonth, 31);
      }
      if (e.days().size() != 2 || e.days().get(0) == null || e.days().get(1) == null) {
        throw new InvalidValue("pack.obligations_window", e.name());
      }
      return new Window(fromMonth, e.days().get(0), toMonth, e.days().get(1));
    } catch (DateTimeParseException | IllegalArgumentException bad) {
      throw new InvalidValue("pack.obligations_window", e.name());
    }
  }
}
