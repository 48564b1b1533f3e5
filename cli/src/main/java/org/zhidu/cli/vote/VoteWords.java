package org.zhidu.cli.vote;

import java.time.LocalDateTime;
import java.util.Locale;
import org.zhidu.cli.Texts;
import org.zhidu.core.vote.Meeting;
import org.zhidu.core.vote.Tally;

/** How a tally is said, in every format: the outcome, the arithmetic behind it, the quorum. */
final class VoteWords {

  private VoteWords() {}

  static String time(LocalDateTime t) {
    return t.toLocalDate() + " " + String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
  }

  /** 干部任免，张三 — the kind, and the person for an item about one. */
  static String kind(Meeting.Item item) {
    return item.person().isEmpty() ? item.kind() : item.kind() + "，" + item.person();
  }

  static String outcome(Tally.Outcome outcome, Texts texts) {
    return texts.get("vote.outcome." + outcome.name().toLowerCase(Locale.ROOT));
  }

  /** The arithmetic: "同意 5 / 应到会 9，超过半数（至少 5 票）", or why it was not counted. */
  static String reason(Tally.ItemResult r, Texts texts) {
    Tally.Quorum q = r.quorum();
    if (!q.met()) {
      return texts.get("vote.reason.no_quorum", q.present(), q.members(), q.required());
    }
    String count = texts.get(r.yes() >= r.needed() ? "vote.reason.over_half" : "vote.reason.not_over_half",
        r.yes(), q.members(), r.needed());
    if (r.outcome() == Tally.Outcome.DEFERRED) {
      return count + texts.get("vote.reason.deferred");
    }
    return r.divided() ? count + texts.get("vote.reason.urgent") : count;
  }

  /** 应到会 5 人，到会 4 人，至少 3 人到会：可以召开. */
  static String quorum(Tally.Quorum q, Texts texts) {
    return texts.get("vote.quorum", q.members(), q.present(), q.required(),
        texts.get(q.met() ? "vote.quorum.met" : "vote.quorum.not_met"));
  }
}
