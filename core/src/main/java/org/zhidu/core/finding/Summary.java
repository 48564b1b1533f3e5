package org.zhidu.core.finding;

import java.util.Collection;

/** Counts over a run: how many items were checked and how many findings of each severity they gave. */
public record Summary(int items, int errors, int warnings, int infos) {

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

  public boolean hasErrors() {
    return errors > 0;
  }
}
