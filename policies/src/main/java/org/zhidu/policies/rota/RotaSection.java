package org.zhidu.policies.rota;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Message;
import org.zhidu.core.rota.RotaPolicy;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ValueSetting;

/** The {@code rota} section: the numbers of the duty rota (R3–R7). */
public final class RotaSection extends PackSection<RotaSection.File, RotaPolicy> {

  /**
   * As written, each number with its clause.
   *
   * @param clerksPerDay clerks on an ordinary day (R3)
   * @param clerksPerHoliday clerks on a holiday day (R4)
   * @param handover the handover time, HH:mm (R5)
   * @param dutySection the section that arranges the duty and notifies (R3, R6, R7)
   */
  public record File(
      ValueSetting<Integer> clerksPerDay,
      ValueSetting<Integer> clerksPerHoliday,
      ValueSetting<String> handover,
      ValueSetting<String> dutySection) {}

  /** The section under the key {@code rota}. */
  public RotaSection() {
    super("rota", File.class, RotaPolicy.class);
  }

  @Override
  public RotaPolicy resolve(File own, RotaPolicy inherited, SectionContext context) {
    File section = own == null ? new File(null, null, null, null) : own;
    int perDay = context.value("clerksPerDay", section.clerksPerDay(), inherited, RotaPolicy::clerksPerDay);
    int perHoliday = context.value("clerksPerHoliday", section.clerksPerHoliday(), inherited,
        RotaPolicy::clerksPerHoliday);
    String handover = context.value("handover", section.handover(), inherited, p -> p.handover().toString());
    String dutySection = context.value("dutySection", section.dutySection(), inherited, RotaPolicy::dutySection);
    LocalTime time;
    try {
      time = LocalTime.parse(handover);
    } catch (DateTimeParseException e) {
      throw new InputException(context.place("handover"), Message.of("pack.bad_time", handover));
    }
    return context.build(() -> new RotaPolicy(perDay, perHoliday, time, dutySection));
  }
}
