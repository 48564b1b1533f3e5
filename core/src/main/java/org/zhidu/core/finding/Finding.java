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

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** The rule's id as written (N1), as every output format shows it. */
  public String ruleId() {
    return rule.value();
  }

  public Optional<Fix> optionalFix() {
    return Optional.ofNullable(fix);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same finding placed in a file and line, keeping its column and field. */
  public Finding at(String file, int line) {
    return new Finding(rule, severity, location.in(file, line), message, fix);
  }
}
