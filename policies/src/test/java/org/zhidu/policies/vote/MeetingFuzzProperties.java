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

}
