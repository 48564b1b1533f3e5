package org.zhidu.core.signoff;

import java.util.List;
import java.util.Objects;
import org.zhidu.core.rule.RuleId;

/**
 * One step of a sign-off chain (D1, D6, D7), as a pack writes it.
 *
 * @param names the words a trail's 环节 cell may give it, the first its own name (初审, 联系文秘人员初审)
 * @param posts who signs: posts of the office file, each settled for the file's handling clerk (who they report
 *     to, the head of their section, the one holder of the post) or held by the signer; empty for a unit outside
 *     the office (the drafting unit, the legal office), whose signer is not checked
 * @param delegated posts that sign only when the row says so (委托: 主席委托的副主席或秘书长, D6)
 * @param partner the post whose holder stands in for this step's (AB岗: the two cadres of 政府发文 and 政府办发文),
 *     or {@code null}
 * @param kind what else the step is: the handling clerk's own, an office review (agreement written 拟同意), the
 *     final proof-read, or a plain step
 * @param optional whether a trail may go without it (相关单位会签: only where there are related units)
 * @param withPrevious whether it shares its place in the order with the step before (办公室主任、分管县级领导审签)
 * @param draft for a leader's draft (D5): the reviewer of the pack's drafting steps whose half working days it has
 *     after the step before, or {@code ARRIVAL} for the department's draft that arrives days before the meeting;
 *     {@code null} for no deadline
 * @param rule the rule a missing step is reported under, or {@code null} for its chain's
 * @param clause the clause
 */
public record TrailStep(List<String> names, List<String> posts, List<String> delegated, String partner, Kind kind,
    boolean optional, boolean withPrevious, String draft, RuleId rule, String clause) {

  /** The {@link #draft} of the step whose draft arrives before the meeting. */
  public static final String ARRIVAL = "送稿";

  /** What a step is besides its signer. */
  public enum Kind {
    /** The draft's own signature (主办单位起草签字, 部门送稿): a name and a time, no opinion asked. */
    DRAFT,
    /** A plain step: an explicit opinion, a name and a time. */
    PLAIN,
    /** The handling clerk's own (联系文秘人员初审): its signer is the clerk the other posts are settled for. */
    HANDLER,
    /** A review inside the office (审核环节): agreement is written 拟同意. */
    REVIEW,
    /** The final proof-read: the fixed words, by someone of another section than the handling clerk. */
    PROOF
  }

  /**
   * Refuses a step without a name, kind or clause; keeps unmodifiable copies of the lists.
   *
   * @param names the words a trail's 环节 cell may give it, the first its own name (初审, 联系文秘人员初审)
   * @param posts who signs: posts of the office file, each settled for the file's handling clerk (who they report to,
   *     the head of their section, the one holder of the post) or held by the signer; empty for a unit outside the
   *     office (the drafting unit, the legal office), whose signer is not checked
   * @param delegated posts that sign only when the row says so (委托: 主席委托的副主席或秘书长, D6)
   * @param partner the post whose holder stands in for this step's (AB岗: the two cadres of 政府发文 and 政府办发文), or {@code
   *     null}
   * @param kind what else the step is: the handling clerk's own, an office review (agreement written 拟同意), the final
   *     proof-read, or a plain step
   * @param optional whether a trail may go without it (相关单位会签: only where there are related units)
   * @param withPrevious whether it shares its place in the order with the step before (办公室主任、分管县级领导审签)
   * @param draft for a leader's draft (D5): the reviewer of the pack's drafting steps whose half working days it has
   *     after the step before, or {@code ARRIVAL} for the department's draft that arrives days before the meeting;
   *     {@code null} for no deadline
   * @param rule the rule a missing step is reported under, or {@code null} for its chain's
   * @param clause the clause
   * @throws NullPointerException if {@code names}, {@code posts}, {@code delegated}, {@code kind} or {@code clause} is
   *     {@code null}
   * @throws IllegalArgumentException if {@code names} is empty
   */
  public TrailStep {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a step has a name");
    }
    posts = List.copyOf(posts);
    delegated = List.copyOf(delegated);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(clause, "clause");
  }

  /**
   * The step's own name.
   *
   * @return the first of {@code names}, such as 初审
   */
  public String name() {
    return names.get(0);
  }

  /**
   * Whether the word a trail gives names this step.
   *
   * @param word the 环节 cell
   * @return {@code true} when {@code word} is one of {@code names}
   */
  public boolean isNamed(String word) {
    return names.contains(word);
  }
}
