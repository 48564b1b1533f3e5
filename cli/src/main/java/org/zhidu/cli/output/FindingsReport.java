package org.zhidu.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.VersionProvider;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Summary;

/**
 * The one report path of every checking command: findings cut to {@code --max-errors}, written as text, JSON,
 * SARIF, JUnit or GitHub annotations, then the one-line summary (after a plain-text report on standard output,
 * otherwise on standard error, so machine-read reports stay clean) and, when findings were left out, a note on
 * standard error that the counts are partial.
 */
public final class FindingsReport {

  /** The parts of a report that differ between commands: the text body and the JSON document. */
  public interface Body {

    /** The text report without its summary line; {@code shown} holds the findings to list. */
    void text(Shown shown, PrintWriter out) throws IOException;

    /** The JSON document of the command, its findings those of {@code shown}. */
    void json(Shown shown, PrintWriter out) throws IOException;
  }

  /**
   * The findings to list: at most {@code --max-errors} across every checked thing, in order.
   *
   * @param items each checked thing with the findings listed for it
   * @param partial whether findings were left out of the list
   * @param max the limit asked for, 0 for none
   * @param found counts over every finding found, listed or not
   * @param countsComplete whether the checks ran to the end (a check may stop once the limit is passed, and then
   *     the counts are partial too)
   */
  public record Shown(List<ReportItem> items, boolean partial, int max, Summary found, boolean countsComplete) {

    public Shown {
      items = List.copyOf(items);
    }

    /** The same list, its counts said to be partial because a check stopped early. */
    public Shown countsIncomplete() {
      return new Shown(items, true, max, found, false);
    }

    /** Every finding listed, in order. */
    public List<Finding> findings() {
      List<Finding> all = new ArrayList<>();
      for (ReportItem item : items) {
        all.addAll(item.findings());
      }
      return all;
    }

    /** The listed findings of item {@code index}. */
    public List<Finding> of(int index) {
      return items.get(index).findings();
    }

    /** Counts over every finding found, listed or not. */
    public Summary summary() {
      return found;
    }

    /** How many findings are listed. */
    public int listed() {
      int n = 0;
      for (ReportItem item : items) {
        n += item.findings().size();
      }
      return n;
    }
  }

  private FindingsReport() {}

  /** Keeps the first {@code max} findings across all items (0 keeps them all); items keep their places. */
  public static Shown limit(List<ReportItem> items, int max) {
    List<Finding> all = new ArrayList<>();
    items.forEach(i -> all.addAll(i.findings()));
    Summary found = Summary.of(items.size(), all);
    if (max <= 0) {
      return new Shown(items, false, max, found, true);
    }
    int left = max;
    boolean partial = false;
    List<ReportItem> out = new ArrayList<>(items.size());
    for (ReportItem item : items) {
      List<Finding> findings = item.findings();
      if (findings.size() > left) {
        findings = findings.subList(0, left);
        partial = true;
      }
      left -= findings.size();
      out.add(new ReportItem(item.label(), findings));
    }
    return new Shown(out, partial, max, found, true);
  }

  /** A whole findings report in {@code format}: the body, the summary line and the partial-count note. */
  public static void write(FindingFormat format, String suite, Shown shown, List<RuleDescription> rules,
      Body body, String summary, ReportTarget target, PrintWriter err, Texts texts) throws IOException {
    PrintWriter out = target.writer();
    switch (format) {
      case TEXT -> body.text(shown, out);
      case JSON -> body.json(shown, out);
      case SARIF -> SarifReport.write(out, VersionProvider.version(), rules, shown.findings(), texts);
      case JUNIT -> JunitReport.write(out, suite, shown.items(), texts);
      case GITHUB -> shown.findings().forEach(f -> GithubAnnotations.write(out, f, texts));
    }
    finish(format == FindingFormat.TEXT, summary, shown, target, err, texts);
  }

  /**
   * Ends any report: the summary line after a plain-text report on standard output, otherwise on standard error;
   * the note that counts are partial on standard error; then the report is moved into place.
   */
  public static void finish(boolean plainText, String summary, Shown shown, ReportTarget target, PrintWriter err,
      Texts texts) {
    if (summary != null) {
      String line = Visible.of(summary); // it names files and titles, which may hold an ESC or a CR
      if (plainText && target.isStdout()) {
        target.writer().println(line);
      } else {
        err.println(line);
      }
    }
    if (!shown.countsComplete()) {
      err.println(texts.get("cli.partial_counts", shown.max()));
    } else if (shown.partial()) {
      Summary found = shown.summary();
      err.println(texts.get("cli.partial", shown.max(), found.errors() + found.warnings() + found.infos()));
    }
    err.flush();
    target.commit();
  }

  /** Findings as text for a person: each file's path once, then its findings ({@link FindingText#block}). */
  public static void lines(List<Finding> findings, Texts texts, PrintWriter out) {
    lines(findings, texts, out, "");
  }

  /** The same, every line after {@code indent}; coloured when {@code out} is a terminal's ({@link Colour}). */
  public static void lines(List<Finding> findings, Texts texts, PrintWriter out, String indent) {
    for (String line : FindingText.block(findings, texts, indent, Colour.allowed(out))) {
      out.println(line);
    }
  }
}
