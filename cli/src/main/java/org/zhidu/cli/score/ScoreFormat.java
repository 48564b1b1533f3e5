package org.zhidu.cli.score;

import java.util.Locale;

/** How scores are written. */
enum ScoreFormat {
  TEXT, JSON, CSV, HTML;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
