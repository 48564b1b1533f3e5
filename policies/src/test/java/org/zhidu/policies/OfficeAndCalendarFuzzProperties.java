package org.zhidu.policies;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.zhidu.core.finding.InputException;
import org.zhidu.policies.calendar.HolidayData;
import org.zhidu.policies.office.OfficeLoader;

/**
 * The office file and the calendar file, fuzzed like the packs: the bundled examples cut, spliced and sprinkled
 * with YAML's punctuation, odd names and impossible dates are read or refused with an {@link InputException} at a
 * line of the file; nothing else escapes.
 */
class OfficeAndCalendarFuzzProperties {

  private static final String OFFICE = YamlFuzz.example("examples/anju/office.yaml");
  private static final String CALENDAR = YamlFuzz.example("examples/calendar/calendar-2027.yaml");

  @Property(tries = 10_000)
  void aMutatedOfficeFileIsReadOrRefusedAtALine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits) {
    String yaml = YamlFuzz.mutate(OFFICE, seed, edits);
    try {
      OfficeLoader.load("office.yaml", yaml);
    } catch (InputException e) {
      refusedInside(e, "office.yaml", yaml);
    }
  }

  @Property(tries = 10_000)
  void aMutatedCalendarFileIsReadOrRefusedAtALine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits) {
    String yaml = YamlFuzz.mutate(CALENDAR, seed, edits);
    try {
      HolidayData.calendar("calendar.yaml", yaml);
    } catch (InputException e) {
      refusedInside(e, "calendar.yaml", yaml);
    }
  }

  private static void refusedInside(InputException e, String file, String yaml) {
    assertTrue(file.equals(e.location().file()), "the error names the file: " + e.location());
    assertTrue(e.location().line() <= yaml.lines().count() + 1, "a line inside the file: " + e.location());
  }
}
