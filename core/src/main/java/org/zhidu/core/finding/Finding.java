package org.zhidu.core.finding;

import java.util.Objects;
import java.util.Optional;
import org.zhidu.core.rule.RuleId;

/**
 * One thing a rule found.
 *
 * @param rule the catalogue id of the rule (N1, I2, …), so a reader can go from any message to its clause
 * @param severity how bad it is
 * @param location where it is
 * @param message what is wrong, as a catalogue key and arguments
 * @param fix the proposed correction, or {@code null} when there is none
 */
public record Finding(RuleId rule, Severity severity, Location location, Message message, Fix fix) {

  /**
   * Refuses a finding without a rule, severity, location or message.
   *
   * @param rule the catalogue id of the rule (N1, I2, …), so a reader can go from any message to its clause
   * @param severity how bad it is
   * @param location where it is
   * @param message what is wrong, as a catalogue key and arguments
   * @param fix the proposed correction, or {@code null} when there is none
   * @throws NullPointerException if {@code rule}, {@code severity}, {@code location} or {@code message} is {@code null}
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The rule's id as written (N1), as every output format shows it.
   *
   * @return the catalogue id, such as {@code N1} or {@code X-BOUND}
   */
  public String ruleId() {
    return rule.value();
  }

  /**
   * The proposed correction, if the rule has one.
   *
   * @return the fix, or empty when the finding proposes none
   */
  public Optional<Fix> optionalFix() {
    return Optional.ofNullable(fix);
  }

  /**
   * Whether this finding is an {@link Severity#ERROR}, the only severity that makes a result invalid.
   *
   * @return {@code true} for an error; {@code false} for a warning or a note
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The same finding placed in a file and line, keeping its column and field.
   *
   * @param file the file the finding is in, or {@code null} for input without a file
   * @param line the 1-based line, or {@code 0} for none
   * @return a new finding with the same rule, severity, message, fix, column and field
   */
  public Finding at(String file, int line) {
    return new Finding(rule, severity, location.in(file, line), message, fix);
  }
}
