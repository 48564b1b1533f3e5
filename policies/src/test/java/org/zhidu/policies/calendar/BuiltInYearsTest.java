package org.zhidu.policies.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.calendar.YearSchedule;

/**
 * The file of the built-in years the jar ships holds exactly what tyme4j's tables, the notices and the corrections
 * give (X-WORKDAY): a change to any of them, or a new tyme4j, fails here until the file is written again with
 * {@code -Dzhidu.calendar.update=true}.
 */
class BuiltInYearsTest {

  private static final Path FILE =
      Path.of("src/main/resources/org/zhidu/policies/calendar", BuiltInYears.RESOURCE);

  @Test
  void theShippedYearsAreWhatTheirSourcesGive() throws Exception {
    String computed = BuiltInYears.write(HolidayData.computeBuiltIn());
    if (Boolean.getBoolean("zhidu.calendar.update")) {
      Files.writeString(FILE, computed, StandardCharsets.UTF_8);
    }
    assertEquals(computed, Files.readString(FILE, StandardCharsets.UTF_8),
        "the built-in years are stale: write them again with -Dzhidu.calendar.update=true");
    assertEquals(HolidayData.computeBuiltIn(), HolidayData.builtIn(), "what a run reads is what the sources give");
  }

  @Test
  void theYearsReadBackAsWritten() {
    List<YearSchedule> years = HolidayData.computeBuiltIn();
    assertEquals(years, BuiltInYears.read(BuiltInYears.write(years)));
  }

  @Test
  void aLineOfNoKindIsADefectOfTheBuild() {
    assertThrows(IllegalStateException.class, () -> BuiltInYears.read("Y\t2026\tx\nX\t2026-10-01\t国庆节\n"));
    assertThrows(IllegalStateException.class, () -> BuiltInYears.read("H 2026-10-01 国庆节\n"));
  }
}
