package org.zhidu.core.studio;

import java.util.List;
import java.util.Objects;
import org.zhidu.core.rule.Threshold;

/**
 * A pack's rules for members' studios.
 *
 * @param requirements what a studio has, by list (四有, 六上墙, 制度台账), each with its items
 * @param chain the steps of an application's approval, in order
 * @param failedYears the consecutive failed assessments that revoke a studio
 * @param pilotYear the pilot year whose numbers are set
 * @param cityPilot the studios of city-level members that year: least and most
 * @param countyPilot the studios of each county that year: least and most
 */
public record StudioPolicy(List<Requirement> requirements, List<String> chain, Threshold failedYears, int pilotYear,
    Range cityPilot, Range countyPilot) {

  /**
   * Refuses a policy without its failed years or pilot ranges; keeps unmodifiable copies of the lists.
   *
   * @param requirements what a studio has, by list (四有, 六上墙, 制度台账), each with its items
   * @param chain the steps of an application's approval, in order
   * @param failedYears the consecutive failed assessments that revoke a studio
   * @param pilotYear the pilot year whose numbers are set
   * @param cityPilot the studios of city-level members that year: least and most
   * @param countyPilot the studios of each county that year: least and most
   * @throws NullPointerException if {@code requirements}, {@code chain}, {@code failedYears}, {@code cityPilot} or
   *     {@code countyPilot} is {@code null}
   */
  public StudioPolicy {
    requirements = List.copyOf(requirements);
    chain = List.copyOf(chain);
    Objects.requireNonNull(failedYears, "failedYears");
    Objects.requireNonNull(cityPilot, "cityPilot");
    Objects.requireNonNull(countyPilot, "countyPilot");
  }

  /**
   * A list of things a studio has.
   *
   * @param name the list's name (四有)
   * @param items its items
   */
  public record Requirement(String name, List<String> items) {
    /**
     * Refuses a list without its name; keeps an unmodifiable copy of the items.
     *
     * @param name the list's name (四有)
     * @param items its items
     * @throws NullPointerException if {@code name} or {@code items} is {@code null}
     */
    public Requirement {
      Objects.requireNonNull(name, "name");
      items = List.copyOf(items);
    }
  }

  /**
   * A number from {@code least} to {@code most}, both included ("3—5个").
   *
   * @param least the fewest, included
   * @param most the most, included
   */
  public record Range(int least, int most) {
    /**
     * Whether a number is in the range.
     *
     * @param n the number of studios
     * @return {@code true} when {@code least <= n <= most}
     */
    public boolean holds(int n) {
      return n >= least && n <= most;
    }
  }
}
