package org.zhidu.cli.score;

import java.io.PrintWriter;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.TextTable;
import org.zhidu.core.scoring.Commendation;
import org.zhidu.core.scoring.CountedEvent;
import org.zhidu.core.scoring.ItemTotal;
import org.zhidu.core.scoring.ScoreReport;
import org.zhidu.core.scoring.Standing;

/** The scores as the notice board shows them: sections, then people, then what needs a decision. */
final class ScoreText {

  private ScoreText() {}

  static void write(String title, ScoreReport report, Texts texts, PrintWriter out) {
    out.println(title);
    out.println();
    out.println(texts.get("score.sections"));
    standings(report.sections(), report, false, texts, out);
    out.println();
    out.println(texts.get("score.people"));
    standings(report.people(), report, true, texts, out);
    Commendation c = report.commended();
    if (c != null) {
      out.println();
      out.println(texts.get("score.commended"));
      out.println(texts.get("score.commended.sections", names(c.sections()), names(c.tiedSections())));
      out.println(texts.get("score.commended.people", names(c.people()), names(c.tiedPeople())));
      out.println(texts.get("score.commended.excluded", names(c.excludedHeads()), names(c.tiedBottom())));
    }
    if (!report.serious().isEmpty()) {
      out.println();
      out.println(texts.get("score.serious_list"));
      for (CountedEvent e : report.serious()) {
        out.println("  " + e.event().date() + "  " + e.event().subject() + "  " + e.item().name()
            + (e.event().note().isEmpty() ? "" : "（" + e.event().note() + "）"));
      }
    }
  }

  private static void standings(List<Standing> list, ScoreReport report, boolean people, Texts texts,
      PrintWriter out) {
    TextTable table = new TextTable();
    boolean year = report.commended() != null;
    String[] header = year
        ? new String[] {texts.get("score.col.rank"), texts.get("score.col.name"), texts.get(people
            ? "score.col.section" : "score.col.head"), texts.get("score.col.total"), "Q1", "Q2", "Q3", "Q4"}
        : new String[] {texts.get("score.col.rank"), texts.get("score.col.name"), texts.get(people
            ? "score.col.section" : "score.col.head"), texts.get("score.col.total"), texts.get("score.col.change")};
    table.row(header);
    for (Standing s : list) {
      String[] row = new String[header.length];
      row[0] = Integer.toString(s.rank());
      row[1] = s.name();
      row[2] = s.section() == null ? "—" : s.section();
      row[3] = Integer.toString(s.total());
      for (int q = 0; q < s.quarters().size(); q++) {
        row[4 + q] = signed(s.quarters().get(q));
      }
      table.row(row);
      if (people) {
        // a person's items on lines of their own under the name, so the table fits an 80-column terminal
        table.note(itemList(s.items()), "，");
      }
    }
    table.print(out, "  ");
  }

  static List<String> itemList(List<ItemTotal> items) {
    List<String> out = new java.util.ArrayList<>();
    for (ItemTotal t : items) {
      out.add(t.item() + '×' + t.count() + ' ' + signed(t.points()));
    }
    return out;
  }

  static String items(List<ItemTotal> items) {
    StringBuilder out = new StringBuilder();
    for (ItemTotal t : items) {
      if (out.length() > 0) {
        out.append("，");
      }
      out.append(t.item()).append('×').append(t.count()).append(' ').append(signed(t.points()));
    }
    return out.toString();
  }

  static String signed(int points) {
    return points > 0 ? "+" + points : Integer.toString(points);
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "—" : String.join("、", names);
  }

  /** Every event counted for a person or section, with its points, rule and clause. */
  static void explain(String name, ScoreReport report, int base, Texts texts, PrintWriter out) {
    Standing s = find(report, name);
    out.println(texts.get("score.explain.title", name, report.period().id(), base, s == null ? "—" : s.total()));
    TextTable table = new TextTable();
    table.row(texts.get("score.col.date"), texts.get("score.col.item"), texts.get("score.col.count"),
        texts.get("score.col.points"), texts.get("score.col.counted_for"), texts.get("score.col.rule"),
        texts.get("score.col.line"));
    for (CountedEvent e : report.explain(name)) {
      String who = name.equals(e.person()) ? (e.section() == null ? "—" : e.section()) : e.person() == null
          ? texts.get("score.own_event") : e.person();
      int line = e.event().where().at("日期").line();
      table.row(e.event().date().toString(), e.item().name(), Integer.toString(e.event().count()),
          signed(e.points()), who, e.item().ruleId() + " " + e.item().citation(), line > 0 ? Integer.toString(line)
              : "");
    }
    table.print(out, "  ");
  }

  static Standing find(ScoreReport report, String name) {
    for (Standing s : report.people()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    for (Standing s : report.sections()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
