package org.zhidu.policies.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.vote.Tally;
import org.zhidu.policies.YamlFuzz;

/**
 * The meeting file fuzzed like the packs: the bundled example cut, spliced and sprinkled with YAML's punctuation,
 * odd names and impossible times is read and counted, or refused with an {@link InputException} at a line of the
 * file; nothing else escapes.
 */
class MeetingFuzzProperties {

  private static final String MEETING = YamlFuzz.example("examples/party-office/meeting-2026-05.yaml");

  @Property(tries = 10_000)
  void aMutatedMeetingFileIsCountedOrRefusedAtALine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits) {
    String yaml = YamlFuzz.mutate(MEETING, seed, edits);
    try {
      Tally t = Tally.of(MeetingLoader.load("meeting.yaml", yaml), VoteTallyTest.POLICY);
      t.findings().forEach(f -> assertEquals("meeting.yaml", f.location().file(), f.toString()));
    } catch (InputException e) {
      assertEquals("meeting.yaml", e.location().file(), "the error names the file: " + e.location());
      assertTrue(e.location().line() <= yaml.lines().count() + 1, "a line inside the file: " + e.location());
    }
  }


  @org.junit.jupiter.api.Test
  void urgentIsShiOrFouAndANegativeNoticeInAPackIsRefusedAtItsLine() {
    String urgent = MEETING.replace("    kind: 一般\n    urgent: true", "    kind: 一般\n    urgent: 是");
    assertTrue(MeetingLoader.load("m.yaml", urgent).items().get(4).urgent());
    InputException bad = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> MeetingLoader.load("m.yaml", MEETING.replace("    urgent: true", "    urgent: 也许")));
    assertEquals("vote.bad_urgent", bad.problem().key());
    InputException pack = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> org.zhidu.policies.PackLoader.fromYaml("p.yaml", """
            id: p
            extends: party-office
            votes:
              noticeDays: { rules: [M4], citation: 本办, value: -5 }
            """));
    assertEquals("pack.bad_days_ahead", pack.problem().key());
    assertEquals(4, pack.location().line());
  }
}
