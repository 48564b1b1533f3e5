package org.zhidu.cli;

import org.zhidu.cli.output.Visible;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;

/** How an unusable input is told: {@code file:line:col: 错误: message}, as compilers do. */
public final class Diagnostics {

  private Diagnostics() {}

  public static String format(InputException e, Texts texts) {
    String field = e.location().field() == null ? "" : "[" + texts.field(e.location().field()) + "] ";
    // the message quotes what the file or the command line held (a name, a path): its controls shown, not obeyed
    return Visible.of(place(e.location()) + texts.get("cli.input_error_label") + ": " + field
        + texts.message(e.problem()));
  }

  /** {@code file:line:col: } with whatever parts are known, or "" when none is. */
  public static String place(Location at) {
    StringBuilder out = new StringBuilder();
    if (at.file() != null) {
      out.append(at.file());
      if (at.hasLine()) {
        out.append(':').append(at.line());
        if (at.hasColumn()) {
          out.append(':').append(at.column());
        }
      }
      out.append(": ");
    }
    return out.toString();
  }
}
