package org.zhidu.core.vote;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;

/**
 * A meeting's votes counted by its pack's rules: the quorum (M1), each item passed when its yes votes are more than
 * half of the members who should attend, not of those present (M2), the director last and kin standing aside (M3),
 * the notice and the items of large disagreement (M4). A file that cannot be counted at all (a vote from someone who
 * is not a present member, a vote given twice, a kind the pack does not know) is an {@link InputException} at its
 * place; everything else is a finding.
 *
 * @param quorum the meeting's quorum
 * @param items each item's count and outcome, in order
 * @param findings what broke a rule, in the file's order
 */
public record Tally(Quorum quorum, List<ItemResult> items, List<Finding> findings) {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param quorum the meeting's quorum
   * @param items each item's count and outcome, in order
   * @param findings what broke a rule, in the file's order
   * @throws NullPointerException if {@code items} or {@code findings} is {@code null}
   */
  public Tally {
    items = List.copyOf(items);
    findings = List.copyOf(findings);
  }

  /**
   * Members present against a share of the members who should attend.
   *
   * @param members who should attend (应到会)
   * @param present who came
   * @param required the least number present that reaches the share
   * @param met whether it was reached
   */
  public record Quorum(int members, int present, int required, boolean met) {}

  /** What became of an item. */
  public enum Outcome {
    /** Yes votes above half of the members who should attend. */
    PASSED,
    /** Not passed, by a majority against it or too few for it, without large disagreement. */
    NOT_PASSED,
    /** Large disagreement and not urgent: the decision is put off (暂缓作出决定). */
    DEFERRED,
    /** Too few members present to decide it. */
    NO_QUORUM
  }

  /**
   * One item counted.
   *
   * @param item the item
   * @param yes the yes votes counted
   * @param no the no votes counted
   * @param defer the 缓议 votes counted
   * @param needed the least number of yes votes that passes it (more than half of the members)
   * @param quorum the quorum it needed (the cadre quorum for cadre items)
   * @param divided whether its votes show large disagreement
   * @param outcome what became of it
   */
  public record ItemResult(Meeting.Item item, int yes, int no, int defer, int needed, Quorum quorum, boolean divided,
      Outcome outcome) {}

  /**
   * Counts the meeting's votes.
   *
   * @param meeting the meeting as its file records it
   * @param policy the pack's rules for its votes
   * @return the quorum, each item's count and outcome, and the findings
   * @throws org.zhidu.core.finding.InputException if the file cannot be counted: a vote from someone who is not a
   *     present member, a vote given twice, a kind the pack does not know
   */
  public static Tally of(Meeting meeting, VotePolicy policy) {
    return new Counting(meeting, policy).count();
  }

  /** One count. */
  private static final class Counting {
    private final Meeting meeting;
    private final VotePolicy policy;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Meeting.Member> members = new LinkedHashMap<>();
    private final Set<String> present = new HashSet<>();
    private final Map<String, Set<String>> kin = new HashMap<>();

    Counting(Meeting meeting, VotePolicy policy) {
      this.meeting = meeting;
      this.policy = policy;
    }

    Tally count() {
      readPeople();
      Quorum quorum = quorum(policy.quorum());
      if (!quorum.met()) {
        findings.add(VoteProblem.NO_QUORUM.at(meeting.where().present(), Integer.toString(quorum.present()),
            Integer.toString(quorum.members()), Integer.toString(quorum.required())));
      }
      notice();
      for (Meeting.Opinion o : meeting.written()) {
        if (!members.containsKey(o.member())) {
          throw new InputException(o.at(), Message.of("vote.unknown_member", o.member()));
        }
        if (present.contains(o.member())) {
          findings.add(VoteProblem.WRITTEN_BY_PRESENT.at(o.at(), o.member()));
        }
      }
      List<ItemResult> results = new ArrayList<>();
      for (Meeting.Item item : meeting.items()) {
        results.add(item(item, quorum));
      }
      // in the file's order, whatever part of the count found them
      findings.sort(java.util.Comparator.comparingInt((Finding f) -> f.location().line())
          .thenComparingInt(f -> f.location().column()));
      return new Tally(quorum, results, findings);
    }

    /** The members, who came, and their kin; a name that is no member where a member belongs stops the count. */
    private void readPeople() {
      for (Meeting.Member m : meeting.members()) {
        if (members.putIfAbsent(m.name(), m) != null) {
          throw new InputException(m.at(), Message.of("vote.duplicate_member", m.name()));
        }
        if (!policy.posts().isEmpty() && !policy.posts().contains(m.post())) {
          findings.add(VoteProblem.NOT_A_MEMBER_POST.at(m.at(), m.name(), Objects.toString(m.post(), ""),
              String.join("、", policy.posts())));
        }
      }
      for (String name : meeting.present()) {
        if (!members.containsKey(name)) {
          throw new InputException(meeting.where().present(), Message.of("vote.present_not_member", name));
        }
        present.add(name);
      }
      if (!present.contains(meeting.chair())) {
        throw new InputException(meeting.where().chair(), Message.of("vote.chair_absent", meeting.chair()));
      }
      for (Meeting.Relation r : meeting.relations()) {
        if (!members.containsKey(r.member())) {
          throw new InputException(r.at(), Message.of("vote.unknown_member", r.member()));
        }
        kin.computeIfAbsent(r.member(), k -> new HashSet<>()).add(r.relative());
      }
    }

    private Quorum quorum(Share share) {
      int whole = members.size();
      return new Quorum(whole, present.size(), share.least(whole), share.reachedBy(present.size(), whole));
    }

    /** Told a day ahead, except for urgent items (第二十三条 “除特殊情况外”). */
    private void notice() {
      long ordinary = meeting.items().stream().filter(i -> !i.urgent()).count();
      if (ordinary == 0) {
        return;
      }
      if (meeting.notified() == null) {
        findings.add(VoteProblem.NO_NOTICE.at(meeting.where().meeting()));
        return;
      }
      long days = ChronoUnit.DAYS.between(meeting.notified().toLocalDate(), meeting.time().toLocalDate());
      if (days < policy.noticeDays()) {
        findings.add(VoteProblem.LATE_NOTICE.at(meeting.where().notified(), show(meeting.notified()),
            show(meeting.time()), Integer.toString(policy.noticeDays()), Long.toString(ordinary)));
      }
    }

    private ItemResult item(Meeting.Item item, Quorum meetingQuorum) {
      if (!policy.kinds().isEmpty() && !policy.kinds().contains(item.kind())) {
        throw new InputException(item.at(), Message.of("vote.unknown_kind", item.kind(),
            String.join("、", policy.kinds())));
      }
      boolean cadre = policy.cadreKinds().contains(item.kind());
      boolean recusal = policy.recusalKinds().contains(item.kind());
      if ((cadre || recusal) && item.person().isEmpty()) {
        findings.add(VoteProblem.NO_PERSON.at(item.at(), item.title(), item.kind()));
      }
      if (cadre && severalPersons(item.person())) {
        findings.add(VoteProblem.SEVERAL_PERSONS.at(item.at(), item.person()));
      }
      Quorum quorum = cadre ? quorum(policy.cadreQuorum()) : meetingQuorum;
      if (cadre && meetingQuorum.met() && !quorum.met()) {
        findings.add(VoteProblem.NO_CADRE_QUORUM.at(item.at(), item.title(), Integer.toString(quorum.present()),
            Integer.toString(quorum.members()), Integer.toString(quorum.required())));
      }
      int[] counts = new int[Vote.values().length];
      Set<String> voted = new HashSet<>();
      Meeting.Cast last = null;
      for (Meeting.Cast c : item.votes()) {
        if (!members.containsKey(c.member())) {
          throw new InputException(c.at(), Message.of("vote.unknown_member", c.member()));
        }
        if (!present.contains(c.member())) {
          throw new InputException(c.at(), Message.of("vote.absent_voter", c.member()));
        }
        if (!voted.add(c.member())) {
          throw new InputException(c.at(), Message.of("vote.duplicate_vote", c.member(), item.title()));
        }
        if (recusal && concerns(c.member(), item.person())) {
          findings.add(VoteProblem.NOT_RECUSED.at(c.at(), c.member(), item.person(), item.kind()));
          continue; // not counted
        }
        counts[c.vote().ordinal()]++;
        last = c;
      }
      for (String name : members.keySet()) {
        if (present.contains(name) && !voted.contains(name) && !(recusal && concerns(name, item.person()))) {
          findings.add(VoteProblem.NO_OPINION.at(item.at(), name, item.title()));
        }
      }
      lastSpeaker(item, last);
      int yes = counts[Vote.YES.ordinal()];
      int no = counts[Vote.NO.ordinal()];
      int defer = counts[Vote.DEFER.ordinal()];
      int whole = members.size();
      int needed = policy.pass().least(whole);
      boolean passed = policy.pass().reachedBy(yes, whole);
      boolean rejected = policy.pass().reachedBy(no, whole);
      int cast = yes + no + defer;
      // large disagreement: 缓议 from the pack's share of the votes cast, or opinions on more than one side with no
      // majority of the members either way (one opinion shared by all who spoke is no disagreement)
      int sides = (yes > 0 ? 1 : 0) + (no > 0 ? 1 : 0) + (defer > 0 ? 1 : 0);
      boolean divided = cast > 0 && policy.divided().reachedBy(defer, cast) || !passed && !rejected && sides > 1;
      Outcome outcome;
      if (!quorum.met() || !meetingQuorum.met()) {
        outcome = Outcome.NO_QUORUM;
      } else if (divided && !item.urgent()) {
        outcome = Outcome.DEFERRED;
        findings.add(VoteProblem.DIVIDED.at(item.at(), item.title(), Integer.toString(yes), Integer.toString(no),
            Integer.toString(defer)));
      } else {
        outcome = passed ? Outcome.PASSED : Outcome.NOT_PASSED;
        if (divided) {
          findings.add(VoteProblem.DIVIDED_URGENT.at(item.at(), item.title()));
        }
      }
      return new ItemResult(item, yes, no, defer, needed, quorum, divided, outcome);
    }

    /** The member in the last speaker's post, if they voted, speaks after every other member (末位表态). */
    private void lastSpeaker(Meeting.Item item, Meeting.Cast last) {
      if (policy.lastSpeaker() == null) {
        return;
      }
      for (Meeting.Cast c : item.votes()) {
        Meeting.Member m = members.get(c.member());
        if (policy.lastSpeaker().equals(m.post()) && c != last && !recused(item, c.member())) {
          findings.add(VoteProblem.NOT_LAST.at(c.at(), c.member(), policy.lastSpeaker(), item.title()));
        }
      }
    }

    private boolean recused(Meeting.Item item, String member) {
      return policy.recusalKinds().contains(item.kind()) && concerns(member, item.person());
    }

    /**
     * Whether an item about {@code person} concerns the member: the member themselves or kin they declared. An item
     * that names several people (an error of its own) concerns the member if any of them does.
     */
    private boolean concerns(String member, String person) {
      for (String one : person.split("[、，,;；/]")) {
        String name = one.strip();
        if (!name.isEmpty() && (member.equals(name) || kin.getOrDefault(member, Set.of()).contains(name))) {
          return true;
        }
      }
      return false;
    }

    private static boolean severalPersons(String person) {
      for (char c : "、，,;；/".toCharArray()) {
        if (person.indexOf(c) >= 0) {
          return true;
        }
      }
      return false;
    }

    private static String show(java.time.LocalDateTime t) {
      return t.toLocalDate() + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
  }
}
