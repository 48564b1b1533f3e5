package org.zhidu.policies;

import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/**
 * One area of the rule catalogue as zhidu encodes it: its rules, the problems they report (each with its message
 * key), the pack section that carries its numbers and lists, the commands that apply it, and how its rules' good and
 * bad examples are run.
 *
 * @param id the area's id (naming, rota)
 * @param rules its rules, in catalogue order
 * @param problems every problem its checkers report
 * @param section its pack section, or {@code null} when its numbers live elsewhere (the calendar files)
 * @param commands the commands that apply it, as typed after {@code zhidu}
 * @param examples runs a rule's examples, or {@code null} when the area's rules carry none
 */
public record Area(
    String id,
    List<RuleId> rules,
    List<Problem> problems,
    PackSection<?, ?> section,
    List<String> commands,
    Examples examples) {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param id the area's id (naming, rota)
   * @param rules its rules, in catalogue order
   * @param problems every problem its checkers report
   * @param section its pack section, or {@code null} when its numbers live elsewhere (the calendar files)
   * @param commands the commands that apply it, as typed after {@code zhidu}
   * @param examples runs a rule's examples, or {@code null} when the area's rules carry none
   * @throws NullPointerException if {@code rules}, {@code problems} or {@code commands} is {@code null}
   */
  public Area {
    rules = List.copyOf(rules);
    problems = List.copyOf(problems);
    commands = List.copyOf(commands);
  }

  /**
   * The message keys of its problems, each once.
   *
   * @return the keys in the order of the problems; a key several problems share is listed once
   */
  public List<String> messageKeys() {
    List<String> keys = new ArrayList<>();
    for (Problem p : problems) {
      if (!keys.contains(p.messageKey())) {
        keys.add(p.messageKey());
      }
    }
    return keys;
  }

  /** Runs a rule's good and bad examples through the area's own checker. */
  @FunctionalInterface
  public interface Examples {
    /**
     * Whether the example breaks the rule by the area's checker, with the pack's values.
     *
     * @param pack the pack whose values the checker uses
     * @param rule the rule whose example it is
     * @param example the example as the pack writes it: a file name, a row, a small file's text
     * @return {@code true} when the checker reports the rule on the example
     * @throws IllegalArgumentException when the example cannot be read as one of the area's inputs
     */
    boolean breaks(Pack pack, RuleId rule, String example);
  }
}
