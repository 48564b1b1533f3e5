package org.zhidu.policies.surge;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.surge.SurgePolicy;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ValueSetting;

/** The {@code surge} section: who is drawn to sudden work, the sections that keep someone, the working hours. */
public final class SurgeSection extends PackSection<SurgeSection.File, SurgePolicy> {

  /**
   * As written; a pack that extends another inherits what it leaves out.
   *
   * @param roles the posts drawn from
   * @param keep the sections that keep at least one person at their post in working hours
   * @param hours the working hours of a working day
   */
  public record File(ListSetting<String> roles, ListSetting<String> keep, ValueSetting<HoursEntry> hours) {}

  /**
   * {@code { from: "09:00", to: "17:30" }}.
   *
   * @param from when working hours begin, HH:mm
   * @param to when they end, HH:mm
   */
  public record HoursEntry(String from, String to) {
    /**
     * Refuses hours without both ends.
     *
     * @param from when working hours begin, HH:mm
     * @param to when they end, HH:mm
     * @throws InvalidValue if {@code from} or {@code to} is absent
     */
    public HoursEntry {
      if (from == null || to == null) {
        throw new InvalidValue("pack.no_value");
      }
    }

    LocalTime start() {
      return time(from);
    }

    LocalTime end() {
      return time(to);
    }

    private static LocalTime time(String text) {
      try {
        return LocalTime.parse(text.length() == 4 ? "0" + text : text);
      } catch (DateTimeParseException e) {
        throw new InvalidValue("pack.bad_hours", text);
      }
    }
  }

  /** The section under the key {@code surge}. */
  public SurgeSection() {
    super("surge", File.class, SurgePolicy.class);
  }

  @Override
  public SurgePolicy resolve(File own, SurgePolicy inherited, SectionContext context) {
    File f = own == null ? new File(null, null, null) : own;
    List<String> roles = context.list("roles", f.roles(), f.roles() == null ? List.of() : f.roles().values(),
        v -> v, inherited, SurgePolicy::roles);
    List<String> keep = context.list("keep", f.keep(), f.keep() == null ? List.of() : f.keep().values(), v -> v,
        inherited, SurgePolicy::keep);
    LocalTime[] hours = f.hours() == null ? null : context.build("hours",
        () -> new LocalTime[] {f.hours().value().start(), f.hours().value().end()});
    if (f.hours() != null) {
      context.value("hours", new ValueSetting<>(f.hours().rules(), f.hours().citation(),
          hours[0] + "–" + hours[1]), inherited, p -> p.from() + "–" + p.to());
    } else {
      context.value("hours", null, inherited, p -> p.from() + "–" + p.to());
    }
    LocalTime from = hours != null ? hours[0] : inherited.from();
    LocalTime to = hours != null ? hours[1] : inherited.to();
    return context.build("hours", () -> {
      if (!from.isBefore(to)) {
        throw new InvalidValue("pack.bad_hours", from + "–" + to);
      }
      return new SurgePolicy(roles, keep, from, to);
    });
  }
}
