package org.zhidu.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** yyyy-mm-dd and yyyy-mm read as java.time reads them, without its formatters. */
class IsoDateTest {

  @Test
  void daysThatExistAreReadAndOthersAreNot() {
    assertEquals(LocalDate.of(2026, 10, 1), IsoDate.dayOrNull("2026-10-01"));
    assertEquals(LocalDate.of(2028, 2, 29), IsoDate.dayOrNull("2028-02-29"));
    for (String no : new String[] {"2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-10-00", "2026-10-32",
        "2026-1-01", "2026/10/01", "2026-10-01 ", "２０２６-10-01", "+2026-10-01", "", "2026-10",
        "-0001-01-01", "+10000-01-01"}) {
      assertNull(IsoDate.dayOrNull(no), no);
    }
    assertNull(IsoDate.dayOrNull(null));
    assertEquals(YearMonth.of(2026, 12), IsoDate.monthOrNull("2026-12"));
    assertNull(IsoDate.monthOrNull("2026-13"));
    assertNull(IsoDate.monthOrNull("2026-1"));
  }

  @Property(tries = 10_000)
  void everyDayOfFourDigitYearsIsReadBackAsWritten(@ForAll @IntRange(min = 0, max = 3_652_424) int epochDay) {
    LocalDate day = LocalDate.of(0, 1, 1).plusDays(epochDay);
    assertEquals(day, IsoDate.dayOrNull(day.toString()));
    assertEquals(YearMonth.from(day), IsoDate.monthOrNull(YearMonth.from(day).toString()));
  }

  /** Any text is read as java.time reads it, the years of four digits (0000–9999) alone being days. */
  @Property(tries = 10_000)
  void anyTextIsReadAsLocalDateParseReadsIt(@ForAll("nearlyDays") String text) {
    LocalDate expected;
    try {
      expected = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      expected = null;
    }
    if (expected != null && (expected.getYear() < 0 || expected.getYear() > 9999)) {
      expected = null;
    }
    assertEquals(expected, IsoDate.dayOrNull(text), text);
    YearMonth month;
    try {
      month = YearMonth.parse(text.substring(0, Math.min(7, text.length())));
    } catch (DateTimeParseException e) {
      month = null;
    }
    if (month != null && (month.getYear() < 0 || month.getYear() > 9999)) {
      month = null;
    }
    assertEquals(month, IsoDate.monthOrNull(text.substring(0, Math.min(7, text.length()))), text);
  }

  @Provide
  Arbitrary<String> nearlyDays() {
    Arbitrary<String> shaped = net.jqwik.api.Combinators.combine(
            Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 13),
            Arbitraries.integers().between(0, 32))
        .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    return Arbitraries.oneOf(shaped, Arbitraries.strings().withChars("0123456789-+ /").ofMinLength(6).ofMaxLength(11));
  }
}
