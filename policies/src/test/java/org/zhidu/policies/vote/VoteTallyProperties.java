package org.zhidu.policies.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.zhidu.core.finding.Location;
import org.zhidu.core.vote.Meeting;
import org.zhidu.core.vote.Tally;
import org.zhidu.core.vote.Vote;

/** Laws of the tally: the order the members are listed in does not matter; one more yes never undoes a pass. */
class VoteTallyProperties {

  private static final Location AT = new Location("meeting.yaml", 1, 1, null);

  /** A meeting: how many members, how many present, and each present member's vote (null: none) on one item. */
  record Ask(int members, int present, List<Vote> votes, boolean urgent) {}

  @Provide
  Arbitrary<Ask> asks() {
    return Combinators.combine(Arbitraries.integers().between(1, 15), Arbitraries.integers().between(0, 15),
        Arbitraries.of(Vote.YES, Vote.NO, Vote.DEFER).injectNull(0.1).list().ofSize(15), Arbitraries.of(true, false))
        .as((m, p, v, u) -> new Ask(m, Math.min(m, Math.max(p, (m + 1) / 2)), v.subList(0, Math.min(m, Math.max(p,
            (m + 1) / 2))), u));
  }

  static Meeting meeting(Ask ask, long shuffle) {
    List<Meeting.Member> members = new ArrayList<>();
    for (int i = 0; i < ask.members(); i++) {
      members.add(new Meeting.Member("成员" + i, i == 0 ? "主任" : "副主任", AT));
    }
    List<String> present = new ArrayList<>();
    List<Meeting.Cast> casts = new ArrayList<>();
    for (int i = 0; i < ask.present(); i++) {
      present.add("成员" + i);
      if (ask.votes().get(i) != null) {
        casts.add(new Meeting.Cast("成员" + i, ask.votes().get(i), AT));
      }
    }
    if (shuffle != 0) {
      Random random = new Random(shuffle);
      Collections.shuffle(members, random);
      Collections.shuffle(present, random);
      Collections.shuffle(casts, random);
    }
    return new Meeting("室务会", VoteTallyTest.TIME, VoteTallyTest.TIME.minusDays(1), "成员0", members, present,
        List.of(), List.of(), List.of(new Meeting.Item("议题", "一般", "", ask.urgent(), casts, AT)),
        new Meeting.Places(AT, AT, AT, AT));
  }

  @Property(tries = 1000)
  void theOutcomeDoesNotDependOnTheOrderOfListing(@ForAll("asks") Ask ask, @ForAll long shuffle) {
    Tally.ItemResult before = Tally.of(meeting(ask, 0), VoteTallyTest.POLICY).items().get(0);
    Tally.ItemResult after = Tally.of(meeting(ask, shuffle), VoteTallyTest.POLICY).items().get(0);
    assertEquals(List.of(before.yes(), before.no(), before.defer()), List.of(after.yes(), after.no(), after.defer()));
    assertEquals(before.outcome(), after.outcome());
  }

  @Property(tries = 1000)
  void oneMoreYesNeverUndoesAPass(@ForAll("asks") Ask ask, @ForAll @IntRange(min = 0, max = 14) int who) {
    Tally.Outcome before = Tally.of(meeting(ask, 0), VoteTallyTest.POLICY).items().get(0).outcome();
    List<Vote> more = new ArrayList<>(ask.votes());
    int i = who % more.size();
    more.set(i, Vote.YES);
    Ask changed = new Ask(ask.members(), ask.present(), more, ask.urgent());
    Tally.Outcome after = Tally.of(meeting(changed, 0), VoteTallyTest.POLICY).items().get(0).outcome();
    if (before == Tally.Outcome.PASSED) {
      assertEquals(Tally.Outcome.PASSED, after, ask + " → " + more);
    }
    assertTrue(after != Tally.Outcome.NO_QUORUM || before == Tally.Outcome.NO_QUORUM);
  }
}
