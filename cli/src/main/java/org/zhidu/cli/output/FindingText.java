package org.zhidu.cli.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.cli.Diagnostics;
import org.zhidu.cli.Texts;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Severity;

/**
 * Findings as text. For a person at a terminal ({@link #block}): each file's path once, as a heading, then one entry a
 * finding, {@code line:col severity rule [field] message (fix)}, the severity in the message language and the
 * message wrapped to fit {@link #WIDTH} columns. As one self-contained line ({@link #line}), for JUnit and HTML
 * reports: {@code path:line:col: severity rule [field] message (fix)}. What a file holds is quoted with its control
 * characters made visible ({@link Visible}).
 */
public final class FindingText {

  /** The columns a terminal report fits in. */
  public static final int WIDTH = 80;

  /** Characters that do not begin a line, nor an opening one end it (the usual line-breaking rules of Chinese). */
  private static final String CLOSING = "，。、；：？！）」』”’》〉】〕,.;:!?)]}%";

  private static final String OPENING = "（「『“‘《〈【〔([{";

  private FindingText() {}

  /** One line, the path in front: for reports read line by line (JUnit, HTML). */
  public static String line(Finding f, Texts texts) {
    StringBuilder out = new StringBuilder(96);
    out.append(Diagnostics.place(f.location()));
    out.append(f.severity().id()).append(' ').append(f.ruleId()).append(' ');
    out.append(message(f, texts));
    return Visible.of(out.toString());
  }

  /**
   * The findings for a terminal: grouped by file in the order files first appear (each file's findings in their
   * order), each group under its path; findings without a file without a heading.
   *
   * @param indent put before every line (a report that nests the findings under a heading of its own)
   * @param colour whether the severity words are coloured
   */
  public static List<String> block(List<Finding> findings, Texts texts, String indent, boolean colour) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>(); // the null key: findings without a file
    for (Finding f : findings) {
      byFile.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f);
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      if (file.getKey() == null) {
        entries(file.getValue(), texts, indent, colour, lines);
      } else {
        lines.add(indent + Colour.bold(Visible.of(file.getKey()), colour));
        entries(file.getValue(), texts, indent + "  ", colour, lines);
      }
    }
    return lines;
  }

  private static void entries(List<Finding> findings, Texts texts, String indent, boolean colour,
      List<String> lines) {
    int placeWidth = 0;
    for (Finding f : findings) {
      placeWidth = Math.max(placeWidth, DisplayWidth.of(place(f, texts)));
    }
    int severityWidth = 0;
    for (Severity s : Severity.values()) {
      severityWidth = Math.max(severityWidth, DisplayWidth.of(severity(s, texts)));
    }
    for (Finding f : findings) {
      String place = placeWidth == 0 ? "" : DisplayWidth.pad(place(f, texts), placeWidth) + " ";
      String word = severity(f.severity(), texts);
      String head = indent + place + DisplayWidth.pad(word, severityWidth) + " " + f.ruleId() + " ";
      int headWidth = DisplayWidth.of(head);
      // continuation lines hang under the message, unless that leaves too little room
      String hang = headWidth <= WIDTH / 2 ? " ".repeat(headWidth) : indent + "      ";
      List<String> wrapped = wrap(Visible.of(message(f, texts)), WIDTH - headWidth, WIDTH - DisplayWidth.of(hang));
      String colouredHead = indent + place + Colour.severity(f.severity().id(), word, colour)
          + " ".repeat(severityWidth - DisplayWidth.of(word)) + " " + f.ruleId() + " ";
      lines.add(colouredHead + wrapped.get(0));
      for (int i = 1; i < wrapped.size(); i++) {
        lines.add(hang + wrapped.get(i));
      }
    }
  }

  /** {@code line:col}, {@code line}, the column alone (in a one-line text such as a name: 第12列), or "". */
  static String place(Finding f, Texts texts) {
    var at = f.location();
    if (at.hasLine()) {
      return at.hasColumn() ? at.line() + ":" + at.column() : String.valueOf(at.line());
    }
    return at.hasColumn() ? texts.get("cli.column", at.column()) : "";
  }

  /** The severity in the message language: 错误, 警告, 提示 / error, warning, info. */
  public static String severity(Severity severity, Texts texts) {
    return texts.get("severity." + severity.id());
  }

  private static String message(Finding f, Texts texts) {
    StringBuilder out = new StringBuilder(64);
    if (f.location().field() != null) {
      out.append('[').append(texts.field(f.location().field())).append("] ");
    }
    out.append(texts.message(f.message()));
    if (f.fix() != null) {
      out.append(texts.get("cli.fix_inline", f.fix().from(), f.fix().to()));
    }
    return out.toString();
  }

  /**
   * The text cut into lines of at most {@code first} columns, then {@code rest}: between words in Latin text, between
   * characters in Chinese, never before a closing mark nor after an opening one; a word longer than a line is cut.
   */
  static List<String> wrap(String text, int first, int rest) {
    first = Math.max(first, 10);
    rest = Math.max(rest, 10);
    List<String> lines = new ArrayList<>();
    if (DisplayWidth.of(text) <= first) {
      lines.add(text);
      return lines;
    }
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    for (Token token : tokens(text)) {
      int room = lines.isEmpty() ? first : rest;
      int width = DisplayWidth.of(token.text);
      int gap = token.spaced && line.length() > 0 ? 1 : 0;
      if (line.length() > 0 && lineWidth + gap + width > room) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
        gap = 0;
        room = rest;
      }
      if (line.length() == 0 && width > room) {
        // a word wider than a whole line (a long path): cut it where it reaches the edge
        for (int i = 0; i < token.text.length(); ) {
          int cp = token.text.codePointAt(i);
          String c = new String(Character.toChars(cp));
          int w = DisplayWidth.of(c);
          if (lineWidth + w > room && line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
            lineWidth = 0;
            room = rest;
          }
          line.append(c);
          lineWidth += w;
          i += Character.charCount(cp);
        }
        continue;
      }
      if (gap == 1) {
        line.append(' ');
      }
      line.append(token.text);
      lineWidth += gap + width;
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A piece that is never broken, and whether a space stood before it. */
  private record Token(String text, boolean spaced) {}

  private static List<Token> tokens(String text) {
    List<Token> raw = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean spaced = false;
    boolean wordSpaced = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        if (word.length() > 0) {
          raw.add(new Token(word.toString(), wordSpaced));
          word.setLength(0);
        }
        spaced = true;
        continue;
      }
      // Latin punctuation stays inside its word ("2015.06.12", "G2,"); a Chinese mark or character stands alone
      boolean wide = DisplayWidth.isWide(cp) || cp > 0x7F && (OPENING.indexOf(cp) >= 0 || CLOSING.indexOf(cp) >= 0);
      if (wide) {
        if (word.length() > 0) {
          raw.add(new Token(word.toString(), wordSpaced));
          word.setLength(0);
        }
        raw.add(new Token(new String(Character.toChars(cp)), spaced));
      } else {
        if (word.length() == 0) {
          wordSpaced = spaced;
        }
        word.appendCodePoint(cp);
      }
      spaced = false;
    }
    if (word.length() > 0) {
      raw.add(new Token(word.toString(), wordSpaced));
    }
    // glue: a closing mark to what it closes, an opening mark to what it opens
    List<Token> glued = new ArrayList<>();
    for (Token t : raw) {
      Token last = glued.isEmpty() ? null : glued.get(glued.size() - 1);
      boolean closes = CLOSING.indexOf(t.text.codePointAt(0)) >= 0 && !t.spaced;
      boolean afterOpening = last != null && !t.spaced
          && OPENING.indexOf(last.text.codePointBefore(last.text.length())) >= 0;
      if (last != null && (closes || afterOpening)) {
        glued.set(glued.size() - 1, new Token(last.text + t.text, last.spaced));
      } else {
        glued.add(t);
      }
    }
    return glued;
  }
}
