package org.zhidu.core.finding;

import java.util.Collection;

/**
 * Counts over a run: how many items were checked and how many findings of each severity they gave.
 *
 * @param items how many items were checked (files, rows, names, people: whatever the command counts)
 * @param errors how many findings were errors
 * @param warnings how many findings were warnings
 * @param infos how many findings were notes
 */
public record Summary(int items, int errors, int warnings, int infos) {

  /**
   * The counts of a run over {@code items} items that gave these findings.
   *
   * @param items how many items (files, rows, names, people) were checked
   * @param findings every finding of the run, of any severity
   * @return the summary
   */
  public static Summary of(int items, Collection<Finding> findings) {
    int e = 0;
    int w = 0;
    int i = 0;
    for (Finding f : findings) {
      switch (f.severity()) {
        case ERROR -> e++;
        case WARNING -> w++;
        case INFO -> i++;
      }
    }
    return new Summary(items, e, w, i);
  }

  /**
   * Whether any finding was an error, the case in which the CLI exits with code 1.
   *
   * @return {@code true} when {@code errors} is above {@code 0}
   */
  public boolean hasErrors() {
    return errors > 0;
  }
}
