package org.zhidu.core.rule;

import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Fix;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;

/**
 * One thing a rule can report, declared once with its rule, severity and message key: each area lists its problems as an enum of this type, and findings are made only from them, so
 * that no rule id or message key is written anywhere else. Where a threshold applies, the problem names the pack
 * setting that states its bound.
 */
public interface Problem {

  /**
   * What a problem is, declared with it.
   *
   * @param rule the rule it reports under, or {@code null} when that depends on what is checked (the kind of a
   *     name, the register of a row): such a problem is reported with {@link #at(RuleId, Location, String...)}
   * @param severity how bad it is
   * @param messageKey the key of its message in the message catalogue (in both languages)
   * @param threshold where a threshold applies, the pack setting that holds it with its bound (X-BOUND), such as
   *     {@code scoring.deadlineDay}; else {@code null}. The bound is the pack's to state, so that an office can take
   *     another reading of a clause without a new release.
   */
  record Spec(RuleId rule, Severity severity, String messageKey, String threshold) {
    /**
     * Refuses a problem without a severity or a message key.
     *
     * @param rule the rule it reports under, or {@code null} when that depends on what is checked (the kind of a name,
     *     the register of a row): such a problem is reported with {@link #at(RuleId, Location, String...)}
     * @param severity how bad it is
     * @param messageKey the key of its message in the message catalogue (in both languages)
     * @param threshold where a threshold applies, the pack setting that holds it with its bound (X-BOUND), such as
     *     {@code scoring.deadlineDay}; else {@code null}. The bound is the pack's to state, so that an office can take
     *     another reading of a clause without a new release.
     * @throws NullPointerException if {@code severity} or {@code messageKey} is {@code null}
     */
    public Spec {
      java.util.Objects.requireNonNull(severity, "severity");
      java.util.Objects.requireNonNull(messageKey, "messageKey");
    }

    /**
     * A problem without a threshold.
     *
     * @param rule the rule it reports under, or {@code null} when that depends on what is checked
     * @param severity how bad it is
     * @param messageKey the key of its message in the message catalogue
     */
    public Spec(RuleId rule, Severity severity, String messageKey) {
      this(rule, severity, messageKey, null);
    }
  }

  /**
   * What this problem is: its rule, severity, message key and threshold, as its enum constant declares them.
   *
   * @return the declaration, never {@code null}
   */
  Spec spec();

  /**
   * The rule this problem reports under.
   *
   * @return the rule's id, or {@code null} when it depends on what is checked (then use {@link #at(RuleId, Location,
   *     String...)})
   */
  default RuleId rule() {
    return spec().rule();
  }

  /**
   * How bad this problem is.
   *
   * @return the severity of every finding made from it
   */
  default Severity severity() {
    return spec().severity();
  }

  /**
   * The key of this problem's message in the message catalogue, in both languages.
   *
   * @return the key, such as {@code rota.uncovered}
   */
  default String messageKey() {
    return spec().messageKey();
  }

  /**
   * The pack setting that holds this problem's threshold and its bound (X-BOUND).
   *
   * @return the setting's path, such as {@code scoring.deadlineDay}, or {@code null} when no threshold applies
   */
  default String threshold() {
    return spec().threshold();
  }

  /**
   * The problem found at a place, its message filled with the arguments.
   *
   * @param where where it was found
   * @param args the message's arguments, in placeholder order
   * @return a finding without a fix
   * @throws IllegalStateException if the problem has no rule of its own
   */
  default Finding at(Location where, String... args) {
    if (rule() == null) {
      throw new IllegalStateException(this + " is reported under the rule of what is checked");
    }
    return at(rule(), where, args);
  }

  /**
   * The problem found at a place under a rule that depends on what is checked.
   *
   * @param rule the rule of what is checked, such as the kind of a name (N1 to N3) or the register of a row
   * @param where where it was found
   * @param args the message's arguments, in placeholder order
   * @return a finding without a fix
   */
  default Finding at(RuleId rule, Location where, String... args) {
    return new Finding(rule, severity(), where, Message.of(messageKey(), args), null);
  }

  /**
   * The problem found at a place, with the correction proposed.
   *
   * @param rule the rule it reports under
   * @param where where it was found
   * @param fix the correction proposed, or {@code null} for none
   * @param args the message's arguments, in placeholder order
   * @return a finding with the fix
   */
  default Finding at(RuleId rule, Location where, Fix fix, String... args) {
    return new Finding(rule, severity(), where, Message.of(messageKey(), args), fix);
  }
}
