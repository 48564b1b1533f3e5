package org.zhidu.core.secrecy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pack's rules for classified material. A part the pack does not give is {@code null}, and its check is not made
 * (the report says so once, as a gap of the pack).
 *
 * @param carriers S1: a compilation or a removable medium carries the highest level of its contents
 * @param copying S2: which copies are never made, and who approves the others
 * @param destruction S3: a destruction approved, at a designated site, signed by two different people
 * @param retention S4: the records kept a number of years
 * @param devices S5: classified computers off line and without wireless devices
 * @param loans S6: loans returned in time; nobody moves with a loan open
 * @param visits S7: a foreign visit approved before it is received
 */
public record SecrecyPolicy(Clause carriers, Copying copying, Destruction destruction, Retention retention,
    Clause devices, Loans loans, Clause visits) {

  /** A pack that says nothing of classified material. */
  public static final SecrecyPolicy NONE = new SecrecyPolicy(null, null, null, null, null, null, null);

  /**
   * A rule the pack gives as its clause alone: the check is the same for every pack.
   *
   * @param clause the clause, as the pack cites it
   */
  public record Clause(String clause) {
    /**
     * Refuses a rule without its clause.
     *
     * @param clause the clause, as the pack cites it
     * @throws NullPointerException if {@code clause} is {@code null}
     */
    public Clause {
      Objects.requireNonNull(clause, "clause");
    }
  }

  /**
   * S2.
   *
   * @param never the levels never copied (安居: 绝密)
   * @param neverKinds the kinds of document never copied (安居: 密码电报)
   * @param approvers for each level, the posts that approve its copies (alternatives; a level absent is approved by
   *     nobody the pack names: its copies are checked for an approver only)
   * @param cipherDepartments the departments that alone may copy 密码电报 (the party office: 机要室); empty: not checked
   * @param mediaApprovers the posts that approve copying onto a removable medium (the party office: 主管领导); empty:
   *     as any copy
   * @param clause the clause
   */
  public record Copying(List<Level> never, List<String> neverKinds, Map<Level, List<String>> approvers,
      List<String> cipherDepartments, List<String> mediaApprovers, String clause) {
    /**
     * Refuses a rule without its clause; keeps unmodifiable copies of the lists and the map.
     *
     * @param never the levels never copied (安居: 绝密)
     * @param neverKinds the kinds of document never copied (安居: 密码电报)
     * @param approvers for each level, the posts that approve its copies (alternatives; a level absent is approved by
     *     nobody the pack names: its copies are checked for an approver only)
     * @param cipherDepartments the departments that alone may copy 密码电报 (the party office: 机要室); empty: not checked
     * @param mediaApprovers the posts that approve copying onto a removable medium (the party office: 主管领导); empty: as
     *     any copy
     * @param clause the clause
     * @throws NullPointerException if {@code clause} or a list or map is {@code null}
     */
    public Copying {
      never = List.copyOf(never);
      neverKinds = List.copyOf(neverKinds);
      approvers = Map.copyOf(approvers);
      cipherDepartments = List.copyOf(cipherDepartments);
      mediaApprovers = List.copyOf(mediaApprovers);
      Objects.requireNonNull(clause, "clause");
    }
  }

  /**
   * S3.
   *
   * @param sites the designated sites (a site written must contain one of them); empty: the site is not checked
   * @param clause the clause
   */
  public record Destruction(List<String> sites, String clause) {
    /**
     * Refuses a rule without its clause; keeps an unmodifiable copy of the sites.
     *
     * @param sites the designated sites (a site written must contain one of them); empty: the site is not checked
     * @param clause the clause
     * @throws NullPointerException if {@code sites} or {@code clause} is {@code null}
     */
    public Destruction {
      sites = List.copyOf(sites);
      Objects.requireNonNull(clause, "clause");
    }
  }

  /**
   * S4.
   *
   * @param years how many years the records are kept
   * @param kinds the records kept so (涉密会议记录表, 外宾来访登记表)
   * @param clause the clause
   */
  public record Retention(int years, List<String> kinds, String clause) {
    /**
     * Refuses a retention outside 1 to 100 years or without its clause; keeps an unmodifiable copy of the kinds.
     *
     * @param years how many years the records are kept
     * @param kinds the records kept so (涉密会议记录表, 外宾来访登记表)
     * @param clause the clause
     * @throws IllegalArgumentException if {@code years} is below 1 or above 100
     * @throws NullPointerException if {@code kinds} or {@code clause} is {@code null}
     */
    public Retention {
      if (years < 1 || years > 100) {
        throw new IllegalArgumentException("a retention of 1 to 100 years: " + years);
      }
      kinds = List.copyOf(kinds);
      Objects.requireNonNull(clause, "clause");
    }
  }

  /**
   * S6.
   *
   * @param sameDay whether a loan is read where it is lent and returned the same day (the party office's 机要室); else a
   *     loan is due when its row says (应还时间)
   * @param clause the clause
   */
  public record Loans(boolean sameDay, String clause) {
    /**
     * Refuses a rule without its clause.
     *
     * @param sameDay whether a loan is read where it is lent and returned the same day (the party office's 机要室); else a
     *     loan is due when its row says (应还时间)
     * @param clause the clause
     * @throws NullPointerException if {@code clause} is {@code null}
     */
    public Loans {
      Objects.requireNonNull(clause, "clause");
    }
  }
}
