package org.zhidu.core.approval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Section;

/**
 * Who stands in each role of a chain for one requester, by the office file: the person the requester names for the
 * role ({@code reportsTo}); for the role that means the head of the requester's own section, that head; else the one
 * person of the office who holds the post. A role none of these settles stays unnamed ({@code null}): the office file
 * does not say, and nothing is guessed.
 */
public final class Approvers {

  private Approvers() {}

  /**
   * The names of a chain, in order, {@code null} where the office does not settle a role.
   *
   * @param office the office file, for sections, heads and posts
   * @param requester the person asking
   * @param chain the chain's roles, in order, as the route row names them
   * @param sectionHead the role that means the head of the requester's section (科室负责人), or {@code null}
   * @param day the day that fixes the requester's section (a person may move)
   * @return one name per role, in order, {@code null} where the office file does not settle it
   */
  public static List<String> resolve(
      Office office, Person requester, List<String> chain, String sectionHead, LocalDate day) {
    List<String> out = new ArrayList<>(chain.size());
    for (String role : chain) {
      out.add(resolve(office, requester, role, sectionHead, day));
    }
    return out;
  }

  /**
   * The name in one role for the requester, or {@code null}.
   *
   * @param office the office file, for sections, heads and posts
   * @param requester the person asking
   * @param role the role, as a route row names it (分管科级干部, 秘书长)
   * @param sectionHead the role that means the head of the requester's section (科室负责人), or {@code null}
   * @param day the day that fixes the requester's section
   * @return the name, never the requester's own; {@code null} when the office file does not settle the role
   */
  public static String resolve(Office office, Person requester, String role, String sectionHead, LocalDate day) {
    String named = requester.reportsTo().get(role);
    if (named != null) {
      return named;
    }
    if (role.equals(sectionHead)) {
      // the head of the requester's own section, or nobody: never the one holder of the post in another section
      String section = requester.sectionOn(day);
      String head = section == null ? null : office.section(section).map(Section::head).orElse(null);
      return head != null && !head.equals(requester.name()) ? head : null;
    }
    List<Person> holders = office.withPosition(role);
    return holders.size() == 1 && !holders.get(0).name().equals(requester.name()) ? holders.get(0).name() : null;
  }
}
