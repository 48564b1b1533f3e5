package org.zhidu.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTimeTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2026-03-05|202603050000",
    "2026/3/5|202603050000",
    "2026.03.05|202603050000",
    "2026年3月5日|202603050000",
    " 2026-03-05 |202603050000",
    "2026-03-05 14:30|202603051430",
    "2026-03-05T14:30|202603051430",
    "2026-03-05 14:30:59|202603051430",
    "2026年3月5日14时30分|202603051430",
    "2026年3月5日 9时05分|202603050905",
    "2028-02-29|202802290000",
    "2026-12-31 23:59|202612312359"})
  void officeSpellings(String text, long expected) {
    assertEquals(expected, CellTime.parse(text, true));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2026-02-29", "2026-02-30", "2026-09-31", "2026-13-01", "2026-00-10", "26-03-05", "2026-03-05 24:00",
    "2026-03-05 14:60", "2026-03-05 14", "下周一", "2026-03-05 上午", "2026-03-05x"})
  void notADayOrTime(String text) {
    assertEquals(-1, CellTime.parse(text, true));
  }

  @ParameterizedTest
  @CsvSource({"2026-03-05 14:30", "2026年3月5日14时30分"})
  void aDateFieldTakesNoTime(String text) {
    assertEquals(-1, CellTime.parse(text, false));
  }
}
