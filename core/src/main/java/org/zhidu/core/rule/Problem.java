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
    public Spec {
      java.util.Objects.requireNonNull(severity, "severity");
      java.util.Objects.requireNonNull(messageKey, "messageKey");
    }

    public Spec(RuleId rule, Severity severity, String messageKey) {
      this(rule, severity, messageKey, null);
    }
  }

  Spec spec();

  default RuleId rule() {
    return spec().rule();
  }

  default Severity severity() {
    return spec().severity();
  }

  default String messageKey() {
    return spec().messageKey();
  }

  default String threshold() {
    return spec().threshold();
  }

  /** The problem found at a place, its message filled with the arguments. */
  default Finding at(Location where, String... args) {
    if (rule() == null) {
      throw new IllegalStateException(this + " is reported under the rule of what is checked");
    }
    return at(rule(), where, args);
  }

  /** The problem found at a place under a rule that depends on what is checked. */
  default Finding at(RuleId rule, Location where, String... args) {
    return new Finding(rule, severity(), where, Message.of(messageKey(), args), null);
  }

  /** The problem found at a place, with the correction proposed. */
  default Finding at(RuleId rule, Location where, Fix fix, String... args) {
    return new Finding(rule, severity(), where, Message.of(messageKey(), args), fix);
  }
}
