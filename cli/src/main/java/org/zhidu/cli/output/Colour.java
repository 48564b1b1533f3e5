package org.zhidu.cli.output;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code --color auto|always|never}: whether severities are coloured. {@code auto} colours only on a terminal, and
 * not when {@code NO_COLOR} is set to a non-empty value (an empty {@code NO_COLOR=} does not count, as no-color.org
 * says). A report written with colour goes through a {@link Writer}, which is how the text renderers know.
 */
public enum Colour {
  AUTO,
  ALWAYS,
  NEVER;

  /** As users type it (and as help and shell completion list it): lower case. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether to colour.
   *
   * @param terminal whether standard output is a terminal (not a pipe, not a file)
   * @param noColor the value of the {@code NO_COLOR} environment variable, or {@code null} when unset
   */
  public boolean on(boolean terminal, String noColor) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> terminal && (noColor == null || noColor.isEmpty());
    };
  }

  /** Reads {@code --color WHEN} (or {@code --color=WHEN}) ahead of parsing; {@code AUTO} when absent or unknown. */
  public static Colour fromArgs(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if ((args[i].equals("--color") || args[i].equals("--colour")) && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--color=") || args[i].startsWith("--colour=")) {
        value = args[i].substring(args[i].indexOf('=') + 1);
      } else if (args[i].equals("--")) {
        break;
      }
      if (value != null) {
        for (Colour c : values()) {
          if (c.name().equalsIgnoreCase(value)) {
            return c;
          }
        }
        return AUTO;
      }
    }
    return AUTO;
  }

  /** Whether what is written to {@code out} may be coloured. */
  public static boolean allowed(PrintWriter out) {
    return out instanceof Writer;
  }

  /** The writer of a run that colours: standard output passed on unchanged, marked as a terminal's. */
  public static PrintWriter of(PrintWriter out) {
    return out instanceof Writer ? out : new Writer(out);
  }

  /** The writer under a colouring one, or {@code out} itself. */
  public static PrintWriter unwrap(PrintWriter out) {
    return out instanceof Writer w ? w.inner : out;
  }

  /** {@code text} in the colour of a severity ("error", "warning", "info"), when {@code on}. */
  static String severity(String id, String text, boolean on) {
    if (!on) {
      return text;
    }
    String code = switch (id) {
      case "error" -> "1;31";
      case "warning" -> "1;33";
      default -> "36";
    };
    return "\u001B[" + code + "m" + text + "\u001B[0m";
  }

  /** {@code text} in bold, when {@code on}. */
  static String bold(String text, boolean on) {
    return on ? "\u001B[1m" + text + "\u001B[0m" : text;
  }

  /** Standard output of a run that colours: every call passed on to the writer under it. */
  private static final class Writer extends PrintWriter {
    private final PrintWriter inner;

    Writer(PrintWriter inner) {
      super(inner);
      this.inner = inner;
    }
  }
}
