package org.zhidu.policies.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.vote.Meeting;
import org.zhidu.core.vote.Tally;
import org.zhidu.core.vote.Vote;
import org.zhidu.core.vote.VotePolicy;
import org.zhidu.core.vote.VoteProblem;
import org.zhidu.core.vote.VoteRules;
import org.zhidu.policies.PackLoader;

/**
 * M1–M4 through the party-office pack: each clause's own cases, and every share at its value (exactly half present,
 * exactly two thirds, exactly half the members voting yes, a third 缓议, the day before).
 */
class VoteTallyTest {

  static final VotePolicy POLICY = PackLoader.builtIn("party-office").votes();
  static final LocalDateTime TIME = LocalDateTime.of(2026, 5, 12, 9, 0);
  static final Location AT = new Location("meeting.yaml", 1, 1, null);

  /** A meeting of {@code members} members (the first the director), the first {@code present} of them present. */
  static final class Build {
    final List<Meeting.Member> members = new ArrayList<>();
    final List<String> present = new ArrayList<>();
    final List<Meeting.Item> items = new ArrayList<>();
    final List<Meeting.Relation> relations = new ArrayList<>();
    final List<Meeting.Opinion> written = new ArrayList<>();
    LocalDateTime notified = TIME.minusDays(1);

    Build(int members, int present) {
      for (int i = 0; i < members; i++) {
        this.members.add(new Meeting.Member(name(i), i == 0 ? "主任" : "副主任", AT));
      }
      for (int i = 0; i < present; i++) {
        this.present.add(name(i));
      }
    }

    static String name(int i) {
      return "成员" + i;
    }

    /** An item where the present members vote as given, in order, the director (成员0) last. */
    Build item(String kind, String person, boolean urgent, Vote... votes) {
      List<Meeting.Cast> casts = new ArrayList<>();
      for (int i = 1; i < votes.length; i++) {
        casts.add(new Meeting.Cast(name(i), votes[i], new Location("meeting.yaml", 10 + items.size(), i, null)));
      }
      if (votes.length > 0) {
        casts.add(new Meeting.Cast(name(0), votes[0], new Location("meeting.yaml", 10 + items.size(), 99, null)));
      }
      items.add(new Meeting.Item("议题" + items.size(), kind, person, urgent, casts,
          new Location("meeting.yaml", 10 + items.size(), 1, null)));
      return this;
    }

    Build item(Vote... votes) {
      return item("一般", "", false, votes);
    }

    Meeting meeting() {
      return new Meeting("室务会", TIME, notified, name(0), members, present, written, relations, items,
          new Meeting.Places(AT, AT, AT, AT));
    }

    Tally tally() {
      return Tally.of(meeting(), POLICY);
    }
  }

  static Vote[] votes(int yes, int no, int defer) {
    List<Vote> out = new ArrayList<>();
    for (int i = 0; i < yes; i++) {
      out.add(Vote.YES);
    }
    for (int i = 0; i < no; i++) {
      out.add(Vote.NO);
    }
    for (int i = 0; i < defer; i++) {
      out.add(Vote.DEFER);
    }
    return out.toArray(Vote[]::new);
  }

  static List<VoteProblem> problems(Tally t) {
    List<VoteProblem> out = new ArrayList<>();
    for (Finding f : t.findings()) {
      for (VoteProblem p : VoteProblem.values()) {
        if (p.messageKey().equals(f.message().key())) {
          out.add(p);
        }
      }
    }
    return out;
  }

  @Nested
  class M1Quorum {
    @Test
    void fiveOfTenMeetAndFourDoNot() {
      Tally t = new Build(10, 5).item(votes(5, 0, 0)).tally();
      assertTrue(t.quorum().met());
      assertEquals(5, t.quorum().required());
      Tally four = new Build(10, 4).item(votes(4, 0, 0)).tally();
      assertEquals(List.of(VoteProblem.NO_QUORUM), problems(four));
      assertEquals(Tally.Outcome.NO_QUORUM, four.items().get(0).outcome());
      assertEquals(VoteRules.M1, four.findings().get(0).rule());
    }

    @Test
    void cadreItemsNeedTwoThirdsSixOfNineIsEnoughFiveIsNot() {
      Tally six = new Build(9, 6).item("干部任免", "张三", false, votes(6, 0, 0)).tally();
      assertEquals(Tally.Outcome.PASSED, six.items().get(0).outcome());
      assertEquals(6, six.items().get(0).quorum().required());
      Tally five = new Build(9, 5).item("干部任免", "张三", false, votes(5, 0, 0)).tally();
      assertEquals(List.of(VoteProblem.NO_CADRE_QUORUM), problems(five));
      assertEquals(Tally.Outcome.NO_QUORUM, five.items().get(0).outcome());
    }

    @Test
    void exactlyTwoThirdsOfFifteenIsTen() {
      assertEquals(Tally.Outcome.PASSED,
          new Build(15, 10).item("干部任免", "张三", false, votes(10, 0, 0)).tally().items().get(0).outcome());
      assertEquals(Tally.Outcome.NO_QUORUM,
          new Build(15, 9).item("干部任免", "张三", false, votes(9, 0, 0)).tally().items().get(0).outcome());
    }

    @Test
    void aMemberOfAnotherPostIsAWarning() {
      Build b = new Build(3, 3).item(votes(3, 0, 0));
      b.members.set(2, new Meeting.Member(Build.name(2), "科室负责人", AT));
      assertEquals(List.of(VoteProblem.NOT_A_MEMBER_POST), problems(b.tally()));
    }
  }

  @Nested
  class M2Passing {
    @Test
    void halfOfTheMembersIsNotMoreThanHalf() {
      Tally t = new Build(10, 10).item(votes(5, 5, 0)).item(votes(6, 4, 0)).tally();
      assertEquals(Tally.Outcome.DEFERRED, t.items().get(0).outcome(), "5 of 10 is no majority either way");
      assertEquals(Tally.Outcome.PASSED, t.items().get(1).outcome());
      assertEquals(6, t.items().get(1).needed());
    }

    @Test
    void countedAgainstTheMembersNotThosePresent() {
      // 7 members, 5 present: 4 yes of 7 is more than half (3.5); 3 yes of 5 present is not
      Tally t = new Build(7, 5).item(votes(4, 1, 0)).item(votes(3, 2, 0)).tally();
      assertEquals(Tally.Outcome.PASSED, t.items().get(0).outcome());
      assertEquals(Tally.Outcome.DEFERRED, t.items().get(1).outcome());
      assertEquals(4, t.items().get(1).needed());
    }

    @Test
    void oneOpinionSharedByAllWhoSpokeIsNoDisagreement() {
      Tally t = new Build(10, 5).item(votes(5, 0, 0)).item().tally();
      assertEquals(Tally.Outcome.NOT_PASSED, t.items().get(0).outcome(), "5 of 10 members: not passed, not divided");
      assertEquals(Tally.Outcome.NOT_PASSED, t.items().get(1).outcome(), "no votes at all");
      assertTrue(problems(t).stream().noneMatch(p -> p == VoteProblem.DIVIDED));
    }

    @Test
    void aMajorityAgainstIsNotPassedWithoutDisagreement() {
      Tally t = new Build(5, 5).item(votes(1, 4, 0)).tally();
      assertEquals(Tally.Outcome.NOT_PASSED, t.items().get(0).outcome());
      assertEquals(List.of(), problems(t));
    }

    @Test
    void absentMembersWrittenOpinionsAreNeverCounted() {
      Build b = new Build(5, 3).item(votes(2, 1, 0));
      b.written.add(new Meeting.Opinion(Build.name(4), "同意", AT));
      Tally t = b.tally();
      assertEquals(2, t.items().get(0).yes());
      assertEquals(Tally.Outcome.DEFERRED, t.items().get(0).outcome());
    }

    @Test
    void everyMemberPresentStatesAnOpinion() {
      Tally t = new Build(5, 4).item(votes(3, 0, 0)).tally();
      assertEquals(List.of(VoteProblem.NO_OPINION), problems(t));
      assertTrue(t.findings().get(0).message().args().contains(Build.name(3)));
    }

    @Test
    void cadreItemsAreOnePersonAtATime() {
      assertEquals(List.of(VoteProblem.SEVERAL_PERSONS),
          problems(new Build(3, 3).item("干部任免", "张三、李四", false, votes(3, 0, 0)).tally()));
      assertEquals(List.of(VoteProblem.NO_PERSON),
          problems(new Build(3, 3).item("干部任免", "", false, votes(3, 0, 0)).tally()));
    }
  }

  @Nested
  class M3OrderAndStandingAside {
    @Test
    void theDirectorSpeaksLast() {
      Build b = new Build(3, 3);
      b.items.add(new Meeting.Item("议题", "一般", "", false, List.of(
          new Meeting.Cast(Build.name(0), Vote.YES, AT), new Meeting.Cast(Build.name(1), Vote.YES, AT),
          new Meeting.Cast(Build.name(2), Vote.YES, AT)), AT));
      assertEquals(List.of(VoteProblem.NOT_LAST), problems(b.tally()));
      assertEquals(List.of(), problems(new Build(3, 3).item(votes(3, 0, 0)).tally()));
    }

    @Test
    void aMemberStandsAsideOnACadreItemAboutThemselvesOrKin() {
      Tally self = new Build(5, 5).item("干部任免", Build.name(1), false, votes(5, 0, 0)).tally();
      assertEquals(List.of(VoteProblem.NOT_RECUSED), problems(self));
      assertEquals(4, self.items().get(0).yes(), "the vote is not counted");
      Build kin = new Build(5, 5).item("纪律处分", "王五", false, votes(4, 0, 0));
      kin.relations.add(new Meeting.Relation(Build.name(4), "王五", AT));
      assertEquals(List.of(), problems(kin.tally()), "the relative stood aside: no opinion is owed");
      Build several = new Build(5, 5).item("干部任免", "张三、" + Build.name(2), false, votes(5, 0, 0));
      assertEquals(List.of(VoteProblem.SEVERAL_PERSONS, VoteProblem.NOT_RECUSED), problems(several.tally()),
          "naming several people does not get round standing aside");
      Build general = new Build(5, 5).item("一般", Build.name(1), false, votes(5, 0, 0));
      assertEquals(List.of(), problems(general.tally()), "an ordinary item: no standing aside");
    }
  }

  @Nested
  class M4NoticeAndDisagreement {
    @Test
    void theDayBeforeIsInTimeTheSameDayIsLate() {
      Build b = new Build(3, 3).item(votes(3, 0, 0));
      b.notified = LocalDateTime.of(2026, 5, 11, 23, 59);
      assertEquals(List.of(), problems(b.tally()));
      b.notified = LocalDateTime.of(2026, 5, 12, 7, 0);
      assertEquals(List.of(VoteProblem.LATE_NOTICE), problems(b.tally()));
      b.notified = null;
      assertEquals(List.of(VoteProblem.NO_NOTICE), problems(b.tally()));
    }

    @Test
    void urgentItemsAloneNeedNoNotice() {
      Build b = new Build(3, 3).item("一般", "", true, votes(3, 0, 0));
      b.notified = TIME;
      assertEquals(List.of(), problems(b.tally()));
    }

    @Test
    void aThirdDeferredIsLargeDisagreementJustUnderIsNot() {
      // 9 members all present: 6 yes, 3 缓议 is a third of the votes cast
      Tally third = new Build(9, 9).item(votes(6, 0, 3)).tally();
      assertEquals(Tally.Outcome.DEFERRED, third.items().get(0).outcome());
      assertEquals(List.of(VoteProblem.DIVIDED), problems(third));
      Tally under = new Build(10, 10).item(votes(7, 0, 3)).tally();
      assertEquals(Tally.Outcome.PASSED, under.items().get(0).outcome(), "3 of 10 is under a third");
    }

    @Test
    void anUrgentDividedItemIsCountedAndNoted() {
      Tally t = new Build(9, 9).item("一般", "", true, votes(6, 0, 3)).tally();
      assertEquals(Tally.Outcome.PASSED, t.items().get(0).outcome());
      assertEquals(List.of(VoteProblem.DIVIDED_URGENT), problems(t));
    }
  }

  @Nested
  class UnusableFiles {
    @Test
    void aVoteFromSomeoneAbsentOrNoMemberOrTwiceStopsTheCount() {
      Build absent = new Build(3, 2).item(votes(3, 0, 0));
      InputException e = assertThrows(InputException.class, absent::tally);
      assertEquals("vote.absent_voter", e.problem().key());
      Build twice = new Build(3, 3);
      twice.items.add(new Meeting.Item("议题", "一般", "", false, List.of(
          new Meeting.Cast(Build.name(1), Vote.YES, AT), new Meeting.Cast(Build.name(1), Vote.NO, AT)), AT));
      assertEquals("vote.duplicate_vote", assertThrows(InputException.class, twice::tally).problem().key());
      Build stranger = new Build(3, 3);
      stranger.items.add(new Meeting.Item("议题", "一般", "", false,
          List.of(new Meeting.Cast("路人", Vote.YES, AT)), AT));
      assertEquals("vote.unknown_member", assertThrows(InputException.class, stranger::tally).problem().key());
      Build kind = new Build(3, 3).item("表彰", "", false, votes(3, 0, 0));
      assertEquals("vote.unknown_kind", assertThrows(InputException.class, kind::tally).problem().key());
    }
  }
}
