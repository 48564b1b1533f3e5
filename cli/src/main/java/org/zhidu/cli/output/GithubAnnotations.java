package org.zhidu.cli.output;

import java.io.PrintWriter;
import org.zhidu.cli.Texts;
import org.zhidu.core.finding.Finding;

/** GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=ID::message}. */
public final class GithubAnnotations {

  private GithubAnnotations() {}

  public static void write(PrintWriter out, Finding f, Texts texts) {
    String command = switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
    StringBuilder line = new StringBuilder("::").append(command).append(' ');
    if (f.location().file() != null) {
      line.append("file=").append(property(Visible.of(f.location().file()))).append(','); // a path may hold an ESC
      if (f.location().hasLine()) {
        line.append("line=").append(f.location().line()).append(',');
        if (f.location().hasColumn()) {
          line.append("col=").append(f.location().column()).append(',');
        }
      }
    }
    line.append("title=").append(property(f.ruleId()));
    String message = texts.message(f.message());
    if (f.fix() != null) {
      message += texts.get("cli.fix_inline", f.fix().from(), f.fix().to());
    }
    line.append("::").append(data(Visible.of(message))); // a cell's controls are shown, not passed to the runner
    out.println(line);
  }

  /** Escaping of a command's message, per the runner's toolkit. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of a property value: also ':' and ','. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
