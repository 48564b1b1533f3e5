package org.zhidu.cli.vote;

import java.io.PrintWriter;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.FindingText;
import org.zhidu.cli.output.Html;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.vote.Meeting;
import org.zhidu.core.vote.Tally;

/** The tally as a page to put in the minutes: the quorum, a table of the items, the written opinions, the findings. */
final class VoteHtml {

  private VoteHtml() {}

  static void write(Meeting meeting, Tally tally, List<Finding> findings, Texts texts, PrintWriter out) {
    Html.begin(out, texts, meeting.name(),
        "th, td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }",
        "th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
        "td.n { text-align: right; white-space: nowrap; }",
        "td.name { white-space: nowrap; }");
    out.println("<p>" + Html.escape(texts.get("vote.html.when", VoteWords.time(meeting.time()), meeting.chair()))
        + "</p>");
    out.println("<p>" + Html.escape(VoteWords.quorum(tally.quorum(), texts)) + "</p>");
    out.println("<table>");
    out.println("<thead><tr><th>" + Html.escape(texts.get("vote.col.no")) + "</th><th>"
        + Html.escape(texts.get("vote.col.item")) + "</th><th>" + Html.escape(texts.get("vote.col.kind"))
        + "</th><th>同意</th><th>不同意</th><th>缓议</th><th>" + Html.escape(texts.get("vote.col.outcome"))
        + "</th><th>" + Html.escape(texts.get("vote.col.reason")) + "</th></tr></thead>");
    out.println("<tbody>");
    int n = 1;
    for (Tally.ItemResult r : tally.items()) {
      out.println("<tr><td class=\"n\">" + n++ + "</td><td>" + Html.escape(r.item().title()) + "</td><td class=\"name\">"
          + Html.escape(VoteWords.kind(r.item())) + "</td><td class=\"n\">" + r.yes() + "</td><td class=\"n\">"
          + r.no() + "</td><td class=\"n\">" + r.defer() + "</td><td class=\"name\">"
          + Html.escape(VoteWords.outcome(r.outcome(), texts)) + "</td><td>" + Html.escape(VoteWords.reason(r, texts))
          + "</td></tr>");
    }
    out.println("</tbody>");
    out.println("</table>");
    if (!meeting.written().isEmpty()) {
      out.println("<h2>" + Html.escape(texts.get("vote.written")) + "</h2>");
      out.println("<ul>");
      for (Meeting.Opinion o : meeting.written()) {
        out.println("<li>" + Html.escape(o.member() + "：" + o.opinion()) + "</li>");
      }
      out.println("</ul>");
    }
    if (!findings.isEmpty()) {
      out.println("<h2>" + Html.escape(texts.get("vote.html.findings")) + "</h2>");
      out.println("<ul>");
      for (Finding f : findings) {
        out.println("<li>" + Html.escape(FindingText.line(f, texts)) + "</li>");
      }
      out.println("</ul>");
    }
    Html.end(out);
  }
}
