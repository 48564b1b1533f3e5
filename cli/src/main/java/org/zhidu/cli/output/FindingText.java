package org.zhidu.cli.output;

import org.zhidu.cli.Diagnostics;
import org.zhidu.cli.Texts;
import org.zhidu.core.finding.Finding;

/**
 * A finding as one line of text: {@code path:line:col: severity rule [field] message (fix)}; what a file holds is
 * quoted with its control characters made visible ({@link Visible}).
 */
public final class FindingText {

  private FindingText() {}

  public static String line(Finding f, Texts texts) {
    StringBuilder out = new StringBuilder(96);
    out.append(Diagnostics.place(f.location()));
    out.append(f.severity().id()).append(' ').append(f.ruleId()).append(' ');
    if (f.location().field() != null) {
      out.append('[').append(texts.field(f.location().field())).append("] ");
    }
    out.append(texts.message(f.message()));
    if (f.fix() != null) {
      out.append(texts.get("cli.fix_inline", f.fix().from(), f.fix().to()));
    }
    return Visible.of(out.toString());
  }
}
