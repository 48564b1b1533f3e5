package org.zhidu.policies.studio;

import java.util.List;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.Threshold;
import org.zhidu.core.studio.StudioPolicy;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ThresholdSetting;
import org.zhidu.policies.ValueSetting;

/** The {@code studios} section: what a studio has, its approval's steps, when it is revoked, the pilot numbers. */
public final class StudiosSection extends PackSection<StudiosSection.File, StudioPolicy> {

  /**
   * As written; a pack that extends another inherits what it leaves out.
   *
   * @param requirements the lists of what a studio has ({@code { name: 四有, items: [...] }})
   * @param chain the approval's steps, in order
   * @param failedYears the consecutive failed assessments that revoke a studio
   * @param pilot the pilot year and its numbers
   */
  public record File(ListSetting<RequirementEntry> requirements, ListSetting<String> chain,
      ThresholdSetting failedYears, ValueSetting<PilotEntry> pilot) {}

  /**
   * {@code { name: 四有, items: [固定场所, 委员队伍, 工作机制, 管理主体] }}.
   *
   * @param name the list's name (四有)
   * @param items its items; at least one
   */
  public record RequirementEntry(String name, List<String> items) {
    /**
     * Refuses a list without its name or items.
     *
     * @param name the list's name (四有)
     * @param items its items; at least one
     * @throws InvalidValue naming the key missing
     */
    public RequirementEntry {
      if (name == null || name.isBlank() || items == null || items.isEmpty()) {
        throw new InvalidValue("pack.entry_needs", name == null || name.isBlank() ? "name" : "items");
      }
    }
  }

  /**
   * {@code { year: 2019, city: [3, 5], county: [2, 3] }}: least and most, both included.
   *
   * @param year the pilot year
   * @param city the least and most studios of city-level members that year
   * @param county the least and most studios of each county that year
   */
  public record PilotEntry(Integer year, List<Integer> city, List<Integer> county) {
    /**
     * Refuses a pilot without its year, or with a range that is not two numbers from 0, least first.
     *
     * @param year the pilot year
     * @param city the least and most studios of city-level members that year
     * @param county the least and most studios of each county that year
     * @throws InvalidValue if {@code year} is absent or a range is malformed
     */
    public PilotEntry {
      if (year == null || !range(city) || !range(county)) {
        throw new InvalidValue("pack.bad_pilot");
      }
    }

    private static boolean range(List<Integer> r) {
      return r != null && r.size() == 2 && r.get(0) != null && r.get(1) != null && r.get(0) >= 0
          && r.get(0) <= r.get(1);
    }
  }

  /** The section under the key {@code studios}. */
  public StudiosSection() {
    super("studios", File.class, StudioPolicy.class);
  }

  @Override
  public StudioPolicy resolve(File own, StudioPolicy inherited, SectionContext context) {
    File f = own == null ? new File(null, null, null, null) : own;
    List<StudioPolicy.Requirement> requirements = context.list("requirements", f.requirements(),
        f.requirements() == null ? List.of() : f.requirements().values().stream()
            .map(r -> r.name() + "：" + String.join("、", r.items())).toList(),
        v -> v.stream().map(r -> new StudioPolicy.Requirement(r.name(), r.items())).toList(), inherited,
        StudioPolicy::requirements);
    List<String> chain = context.list("chain", f.chain(),
        f.chain() == null ? List.of() : List.of(String.join(" → ", f.chain().values())), v -> v, inherited,
        StudioPolicy::chain);
    Threshold failed = context.threshold("failedYears", f.failedYears(), inherited, StudioPolicy::failedYears);
    if (failed.value() < 1 || failed.value() > 50) {
      context.build("failedYears", () -> {
        throw new InvalidValue("pack.bad_failed_years", Integer.toString(failed.value()));
      });
    }
    PilotEntry pilot = f.pilot() == null ? null : f.pilot().value();
    context.value("pilot", f.pilot() == null ? null : new ValueSetting<>(f.pilot().rules(), f.pilot().citation(),
        pilot.year() + "：市级 " + pilot.city().get(0) + "—" + pilot.city().get(1) + "，每县 " + pilot.county().get(0)
            + "—" + pilot.county().get(1)), inherited, p -> p.pilotYear() + "");
    int year = pilot != null ? pilot.year() : inherited.pilotYear();
    StudioPolicy.Range city = pilot != null ? new StudioPolicy.Range(pilot.city().get(0), pilot.city().get(1))
        : inherited.cityPilot();
    StudioPolicy.Range county = pilot != null ? new StudioPolicy.Range(pilot.county().get(0), pilot.county().get(1))
        : inherited.countyPilot();
    return context.build(() -> new StudioPolicy(requirements, chain, failed, year, city, county));
  }
}
