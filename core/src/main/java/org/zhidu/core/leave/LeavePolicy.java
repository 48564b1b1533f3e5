package org.zhidu.core.leave;

import java.util.List;
import java.util.Objects;
import org.zhidu.core.approval.Limit;
import org.zhidu.core.approval.RouteTable;
import org.zhidu.core.rule.RuleId;

/**
 * What a pack's leave clause asks, beyond who approves: each part {@code null} (or false) where the document says
 * nothing of it, and then nothing is checked for it.
 *
 * @param rule the rule of the clause (L1, L2 or L3), under which every leave finding is reported
 * @param routes who approves, by post, kind and days
 * @param counting how a leave's days are counted
 * @param sectionHead the post in a chain that means the head of the requester's own section (科室负责人), or
 *     {@code null}
 * @param written which requests must be written, and how far ahead
 * @param routine leave that must be agreed some days ahead (L2: 例行休假 a week ahead), or {@code null}
 * @param caps the most days of personal leave at a time and in a year (L3), or {@code null}
 * @param certificate the kinds that need a certificate (L3: 病假), or {@code null}
 * @param cover whether a named colleague must cover the work (L3 第八条)
 * @param returnReport whether the person must report back (销假) when the leave ends (L3 第九条)
 * @param absenteeism whether the clause counts days away without approval as 旷工 (L3 第四条)
 * @param kinds the kinds of leave the pack knows (事假, 病假, …); a request of another kind is reported, not refused;
 *     empty when the pack lists none
 */
public record LeavePolicy(
    RuleId rule,
    RouteTable routes,
    Counting counting,
    String sectionHead,
    Written written,
    Advance routine,
    Caps caps,
    Certificate certificate,
    boolean cover,
    boolean returnReport,
    boolean absenteeism,
    List<String> kinds) {

  /**
   * Refuses a policy without its rule, routes or way of counting; keeps an unmodifiable copy of the kinds (absent kinds
   * are empty).
   *
   * @param rule the rule of the clause (L1, L2 or L3), under which every leave finding is reported
   * @param routes who approves, by post, kind and days
   * @param counting how a leave's days are counted
   * @param sectionHead the post in a chain that means the head of the requester's own section (科室负责人), or {@code null}
   * @param written which requests must be written, and how far ahead
   * @param routine leave that must be agreed some days ahead (L2: 例行休假 a week ahead), or {@code null}
   * @param caps the most days of personal leave at a time and in a year (L3), or {@code null}
   * @param certificate the kinds that need a certificate (L3: 病假), or {@code null}
   * @param cover whether a named colleague must cover the work (L3 第八条)
   * @param returnReport whether the person must report back (销假) when the leave ends (L3 第九条)
   * @param absenteeism whether the clause counts days away without approval as 旷工 (L3 第四条)
   * @param kinds the kinds of leave the pack knows (事假, 病假, …); a request of another kind is reported, not refused;
   *     empty when the pack lists none
   * @throws NullPointerException if {@code rule}, {@code routes} or {@code counting} is {@code null}
   */
  public LeavePolicy {
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(routes, "routes");
    Objects.requireNonNull(counting, "counting");
  }

  /**
   * The roles the pack's chains name, each once: what an office file's reportsTo may name.
   *
   * @return the roles in the order the route rows name them, the section head's post last
   */
  public java.util.Set<String> chainRoles() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    routes.rows().forEach(row -> out.addAll(row.chain()));
    if (sectionHead != null) {
      out.add(sectionHead);
    }
    return out;
  }

  /** A leave's days: working days by the work calendar (X-WORKDAY), or every calendar day. */
  public enum Counting {
    /** Working days only, by the working calendar (X-WORKDAY). */
    WORKING("working"),
    /** Every calendar day, weekends and holidays included. */
    CALENDAR("calendar");

    private final String id;

    Counting(String id) {
      this.id = id;
    }

    /**
     * The way of counting as a pack writes it.
     *
     * @return {@code working} or {@code calendar}
     */
    public String id() {
      return id;
    }

    /**
     * The way of counting a pack writes.
     *
     * @param text the pack's word, or {@code null}
     * @return the way of counting, or {@code null} when the word is neither
     */
    public static Counting parse(String text) {
      for (Counting c : values()) {
        if (c.id.equals(text)) {
          return c;
        }
      }
      return null;
    }
  }

  /**
   * Which requests must be written, and how far ahead.
   *
   * @param from the days from which a written request is needed, or {@code null} for every request
   * @param oralKinds kinds asked by word of mouth whatever their days (临时请假)
   * @param ahead how many days before the leave a written request is handed in (L1: 提前半天), or {@code null};
   *     a later one is accepted and flagged (事后补交)
   * @param afterwards whether a request may be approved by word of mouth or telephone and written afterwards (L3
   *     第三条: 事后补办手续)
   */
  public record Written(Limit from, List<String> oralKinds, Limit ahead, boolean afterwards) {
    /**
     * Keeps an unmodifiable copy of the oral kinds (absent kinds are empty).
     *
     * @param from the days from which a written request is needed, or {@code null} for every request
     * @param oralKinds kinds asked by word of mouth whatever their days (临时请假)
     * @param ahead how many days before the leave a written request is handed in (L1: 提前半天), or {@code null}; a later
     *     one is accepted and flagged (事后补交)
     * @param afterwards whether a request may be approved by word of mouth or telephone and written afterwards (L3 第三条:
     *     事后补办手续)
     */
    public Written {
      oralKinds = oralKinds == null ? List.of() : List.copyOf(oralKinds);
    }

    /**
     * Whether a request of this kind and these days must be written (or, where allowed, written afterwards).
     *
     * @param kind the kind of leave, such as 事假
     * @param days the leave's days
     * @return {@code true} when the days reach {@code from} (or there is no {@code from}) and the kind is not asked
     *     orally
     */
    public boolean requires(String kind, java.math.BigDecimal days) {
      return (from == null || from.reachedBy(days)) && !oralKinds.contains(kind);
    }
  }

  /**
   * Leave of some kinds agreed some days before it begins.
   *
   * @param kinds the kinds (年休假)
   * @param ahead the days between the approval and the first day of leave (a week: 7, inclusive)
   */
  public record Advance(List<String> kinds, Limit ahead) {
    /**
     * Refuses an advance without its days; keeps an unmodifiable copy of the kinds.
     *
     * @param kinds the kinds (年休假)
     * @param ahead the days between the approval and the first day of leave (a week: 7, inclusive)
     * @throws NullPointerException if {@code kinds} or {@code ahead} is {@code null}
     */
    public Advance {
      kinds = List.copyOf(kinds);
      Objects.requireNonNull(ahead, "ahead");
    }
  }

  /**
   * The most days of some kinds of leave.
   *
   * @param kinds the kinds (事假)
   * @param once the most at a time ("一次不得超过3天": 3, inclusive)
   * @param year the most in a calendar year ("一年不得超过15天": 15, inclusive)
   * @param absenteeism whether days past a cap are 旷工 (the pack's reading)
   */
  public record Caps(List<String> kinds, Limit once, Limit year, boolean absenteeism) {
    /**
     * Keeps an unmodifiable copy of the kinds.
     *
     * @param kinds the kinds (事假)
     * @param once the most at a time ("一次不得超过3天": 3, inclusive)
     * @param year the most in a calendar year ("一年不得超过15天": 15, inclusive)
     * @param absenteeism whether days past a cap are 旷工 (the pack's reading)
     * @throws NullPointerException if {@code kinds} is {@code null}
     */
    public Caps {
      kinds = List.copyOf(kinds);
    }
  }

  /**
   * The kinds of leave that need a certificate, and from whom.
   *
   * @param kinds the kinds (病假)
   * @param from who issues it (医保定点医院), as shown
   */
  public record Certificate(List<String> kinds, String from) {
    /**
     * Refuses a certificate without its issuer; keeps an unmodifiable copy of the kinds.
     *
     * @param kinds the kinds (病假)
     * @param from who issues it (医保定点医院), as shown
     * @throws NullPointerException if {@code kinds} or {@code from} is {@code null}
     */
    public Certificate {
      kinds = List.copyOf(kinds);
      Objects.requireNonNull(from, "from");
    }
  }
}
