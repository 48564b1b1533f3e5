package org.zhidu.cli.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;
import org.zhidu.cli.Main;

/**
 * Every iCalendar file zhidu writes — the duty rota (the whole office's and one person's), the work calendar and the
 * obligations plan (with its reminders, and with a 督查 register) — read back by ical4j as a calendar program reads
 * it: parsed strictly, validated against RFC 5545, each event with UID, DTSTAMP and DTSTART, UIDs unique in the file,
 * all-day events as dates with an end after the start, and each text decoded back to what zhidu meant to say (from
 * the same command's JSON), Chinese, commas, semicolons, backslashes and line breaks included. Two runs, at different
 * times, write the same bytes. One test feeds the same checks calendars broken on purpose, so that each check is seen
 * to fail on a wrong file.
 */
class IcsParsedByCalendarLibraryTest {

  private static final String OFFICE = "examples/anju/office.yaml";
  private static final String TASKS = "examples/party-office/obligations/tasks-2026.csv";
  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private int files;

  /** ical4j's strict readings: no relaxed unfolding, parsing or validation, no Outlook or Notes quirks. */
  @BeforeAll
  static void strictly() {
    for (String hint : List.of(CompatibilityHints.KEY_RELAXED_UNFOLDING, CompatibilityHints.KEY_RELAXED_PARSING,
        CompatibilityHints.KEY_RELAXED_VALIDATION, CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY,
        CompatibilityHints.KEY_NOTES_COMPATIBILITY, CompatibilityHints.KEY_VCARD_COMPATIBILITY)) {
      CompatibilityHints.setHintEnabled(hint, false);
    }
  }

  // ---------------------------------------------------------------------------------------------------- the rota

  @Test
  void theWholeOfficesRotaReadsBackDayByDay() throws Exception {
    String[] args = {"rota", "generate", "--office", OFFICE, "--month", "2026-10"};
    Calendar calendar = readStrictly("rota", written(args, "--format", "ics"));
    assertEquals(Optional.of("遂宁市安居区人民政府办公室值班表（2026年10月）"), calName(calendar));
    List<VEvent> events = rotaEvents(calendar, json(args), null);
    assertEquals(31, events.size());
    assertEquals("值班人员：张伟、孙浩\n带班领导：施瑞昶（138-0000-0101）\n通知人：综合股\n交接班：09:00，值班至次日 09:00\n"
        + "值班电话：0825-8661234", text(events.get(0), Property.DESCRIPTION));
  }

  @Test
  void onePersonsRotaHasTheDaysTheyAreOnDutyOrLead() throws Exception {
    for (String person : List.of("张伟", "施瑞昶")) {
      String[] args = {"rota", "generate", "--office", OFFICE, "--month", "2026-10"};
      Calendar calendar = readStrictly("rota --person " + person, written(args, "--format", "ics", "--person",
          person));
      assertEquals(Optional.of("遂宁市安居区人民政府办公室值班表（2026年10月） · " + person), calName(calendar));
      assertFalse(rotaEvents(calendar, json(args), person).isEmpty(), person);
    }
  }

  @Test
  void anOfficeNamedWithACommaASemicolonAndABackslashNamesTheCalendarAsWritten() throws Exception {
    Path office = dir.resolve("office.yaml");
    Files.writeString(office, Files.readString(Cli.ROOT.resolve(OFFICE), StandardCharsets.UTF_8)
        .replace("office: 遂宁市安居区人民政府办公室", "office: \"安居区,值班;测试\\\\室\""), StandardCharsets.UTF_8);
    String[] args = {"rota", "generate", "--office", office.toString(), "--month", "2026-10"};
    byte[] bytes = written(args, "--format", "ics", "--person", "张伟");
    Calendar calendar = readStrictly("rota of an office with , ; \\ in its name", bytes);
    String raw = new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "");
    assertTrue(raw.contains("\r\nX-WR-CALNAME:安居区\\,值班\\;测试\\\\室值班表"), raw);
    assertEquals(Optional.of("安居区,值班;测试\\室值班表（2026年10月） · 张伟"), calName(calendar));
    rotaEvents(calendar, json(args), "张伟");
  }

  /**
   * Each event against the same rota as JSON: the day's 09:00 to 09:00 in Beijing, who is on duty and who leads in
   * the summary, the description's lines in order. Returns the events, in the file's order.
   */
  private static List<VEvent> rotaEvents(Calendar calendar, JsonNode rota, String person) {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    List<JsonNode> days = new ArrayList<>();
    for (JsonNode day : rota.get("days")) {
      List<String> duty = strings(day.get("duty"));
      if (person == null || duty.contains(person) || person.equals(day.get("leader").asText(null))) {
        days.add(day);
      }
    }
    assertEquals(days.size(), events.size(), "one event per day of the rota");
    for (int i = 0; i < days.size(); i++) {
      JsonNode day = days.get(i);
      VEvent event = events.get(i);
      LocalDate date = LocalDate.parse(day.get("date").asText());
      Instant start = date.atTime(9, 0).toInstant(CHINA);
      assertEquals(start, Instant.from(date(event, Property.DTSTART)), date.toString());
      assertEquals(start.plusSeconds(86_400), Instant.from(date(event, Property.DTEND)), date.toString());
      List<String> duty = strings(day.get("duty"));
      String leader = day.get("leader").isNull() ? "—" : day.get("leader").asText();
      String summary = person == null ? "值班：" + String.join("、", duty) + "；带班：" + leader
          : duty.contains(person) ? "值班（带班：" + leader + "）" : "带班（值班：" + String.join("、", duty) + "）";
      assertEquals(summary, text(event, Property.SUMMARY), date.toString());
      String[] lines = text(event, Property.DESCRIPTION).split("\n", -1);
      boolean alone = person != null && duty.equals(List.of(person));
      List<String> starts = new ArrayList<>(List.of("带班领导：" + leader, "通知人：", "交接班：09:00，值班至次日 09:00",
          "值班电话：0825-8661234"));
      if (!alone) {
        starts.add(0, person != null && duty.contains(person) ? "同班：" : "值班人员：");
      }
      assertEquals(starts.size(), lines.length, date + ": " + List.of(lines));
      for (int l = 0; l < lines.length; l++) {
        assertTrue(lines[l].startsWith(starts.get(l)), date + ": " + lines[l]);
      }
    }
    return events;
  }

  // --------------------------------------------------------------------------------------- the work calendar

  @Test
  void theWorkCalendarHasAnAllDayEventPerHolidayAndMakeUpDay() throws Exception {
    for (String month : List.of("2026-10", "2026-02")) {
      String[] args = {"calendar", "show", month};
      Calendar calendar = readStrictly("calendar show " + month, written(args, "--format", "ics"));
      assertEquals(Optional.of("放假与调休上班 " + month.replace("-0", "-").replaceFirst("-", "年") + "月"),
          calName(calendar));
      List<VEvent> events = calendar.getComponents(Component.VEVENT);
      List<JsonNode> marked = new ArrayList<>();
      for (JsonNode day : json(args).get("days")) {
        if (Set.of("holiday", "makeup-workday").contains(day.get("dayType").asText())) {
          marked.add(day);
        }
      }
      assertFalse(marked.isEmpty(), month);
      assertEquals(marked.size(), events.size(), month);
      for (int i = 0; i < marked.size(); i++) {
        JsonNode day = marked.get(i);
        VEvent event = events.get(i);
        assertEquals(LocalDate.parse(day.get("date").asText()), date(event, Property.DTSTART));
        boolean holiday = day.get("dayType").asText().equals("holiday");
        assertEquals(day.get("name").asText() + (holiday ? "（放假）" : "（调休上班）"), text(event, Property.SUMMARY));
      }
    }
  }

  @Test
  void aMonthWithoutHolidaysAndAPersonWithoutDutyAreStillCalendars() throws Exception {
    // RFC 5545 wants a component in every calendar: one without events still imports, as an empty calendar
    Calendar march = readStrictly("calendar show 2026-03", written(new String[] {"calendar", "show", "2026-03"},
        "--format", "ics"));
    assertTrue(march.getComponents(Component.VEVENT).isEmpty());
    // 郭涛 is away all October (上派学习)
    String[] args = {"rota", "generate", "--office", OFFICE, "--month", "2026-10"};
    Calendar away = readStrictly("rota --person 郭涛", written(args, "--format", "ics", "--person", "郭涛"));
    assertEquals(Optional.of("遂宁市安居区人民政府办公室值班表（2026年10月） · 郭涛"), calName(away));
    assertTrue(rotaEvents(away, json(args), "郭涛").isEmpty());
  }

  // -------------------------------------------------------------------------------------- the obligations plan

  @Test
  void everyPacksPlanReadsBackWithItsRemindersOnTheWorkingDayBefore() throws Exception {
    for (String pack : List.of("anju-gov-office", "wujiang-cppcc", "party-office", "dazhou-cppcc")) {
      String[] args = {"obligations", "plan", "--pack", pack, "--year", "2026"};
      Calendar calendar = readStrictly("obligations plan " + pack, written(args, "--format", "ics"));
      assertFalse(planEvents(calendar, json(args)).isEmpty(), pack);
      assertEquals(Optional.of("规则包 " + pack + "：2026 年全年工作"), calName(calendar));
    }
  }

  @Test
  void thePlanWithTheOfficeAndInEnglishReadsBack() throws Exception {
    String[] office = {"obligations", "plan", "--pack", "anju-gov-office", "--year", "2026", "--office", OFFICE};
    planEvents(readStrictly("obligations plan --office", written(office, "--format", "ics")), json(office));
    // English puts semicolons and colons into every description
    String[] en = {"obligations", "plan", "--pack", "party-office", "--year", "2026", "--lang", "en"};
    byte[] bytes = written(en, "--format", "ics");
    List<VEvent> events = readStrictly("obligations plan --lang en", bytes).getComponents(Component.VEVENT);
    String raw = new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "");
    assertTrue(raw.contains("\r\nDESCRIPTION:window 2026-01-01 to 2026-01-31\\; responsible: 政策研究室\\; P6: "), raw);
    assertEquals("大型调研活动 (1 times)", text(events.get(0), Property.SUMMARY));
    assertTrue(text(events.get(0), Property.DESCRIPTION).startsWith(
        "window 2026-01-01 to 2026-01-31; responsible: 政策研究室; P6: (12) 一2（"), text(events.get(0),
        Property.DESCRIPTION));
  }

  @Test
  void thePlanWithTheTasksRegisterHasEachOpenItemDueInTheYear() throws Exception {
    String[] args = {"obligations", "plan", "--pack", "party-office", "--year", "2026", "--tasks", TASKS};
    Calendar calendar = readStrictly("obligations plan --tasks", written(args, "--format", "ics"));
    List<VEvent> events = planEvents(calendar, json(args));
    assertTrue(events.stream().anyMatch(e -> text(e, Property.SUMMARY).equals("营商环境问题整改（1 次）")));
  }

  @Test
  void aTaskNamedWithACommaASemicolonABackslashAndALineBreakIsDecodedAsWritten() throws Exception {
    Path tasks = dir.resolve("tasks.csv");
    Files.writeString(tasks, "事项,承办单位,责任人,完成时限,办结日期,立项日期\n"
        + "\"督办,复核;清单\\二期\",\"信访局,督查室;二\\组\",王刚,2026-11-20,,2026-08-03\n"
        + "\"第一行\n第二行\",应急管理局,孙涛,2026-12-21,,2026-11-16\n", StandardCharsets.UTF_8);
    String[] args = {"obligations", "plan", "--pack", "party-office", "--year", "2026", "--tasks", tasks.toString()};
    byte[] bytes = written(args, "--format", "ics");
    List<VEvent> events = planEvents(readStrictly("obligations plan, odd task names", bytes), json(args));
    String raw = new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "");
    assertTrue(raw.contains("\r\nSUMMARY:督办\\,复核\\;清单\\\\二期（1 次）\r\n"), raw);
    assertTrue(raw.contains("\r\nSUMMARY:第一行\\n第二行（1 次）\r\n"), raw);
    VEvent odd = events.stream().filter(e -> text(e, Property.SUMMARY).startsWith("督办")).findFirst().orElseThrow();
    assertEquals("督办,复核;清单\\二期（1 次）", text(odd, Property.SUMMARY));
    assertTrue(text(odd, Property.DESCRIPTION).startsWith("时间窗 2026-11-20 至 2026-11-20；负责：信访局,督查室;二\\组（王刚）；"),
        text(odd, Property.DESCRIPTION));
    assertEquals("督办,复核;清单\\二期", text(odd.getAlarms().get(0), Property.DESCRIPTION));
    assertTrue(events.stream().anyMatch(e -> text(e, Property.SUMMARY).equals("第一行\n第二行（1 次）")));
  }

  @Test
  void theSameMatterTwiceWithTheSameDeadlineIsTwoEventsWithTwoUids() throws Exception {
    // two rows of the register for one matter (check warns: 一事一项); the plan lists both, and so does the calendar
    Path tasks = dir.resolve("tasks.csv");
    Files.writeString(tasks, "事项,承办单位,责任人,完成时限,办结日期,立项日期\n"
        + "营商环境问题整改,市场监管局,赵敏,2026-12-03,,2026-10-15\n"
        + "营商环境问题整改,市场监管局,赵敏,2026-12-03,,2026-10-16\n", StandardCharsets.UTF_8);
    String[] args = {"obligations", "plan", "--pack", "party-office", "--year", "2026", "--tasks", tasks.toString()};
    List<VEvent> events = planEvents(readStrictly("obligations plan, one matter twice", written(args, "--format", "ics")),
        json(args));
    List<String> uids = events.stream().filter(e -> text(e, Property.SUMMARY).startsWith("营商环境问题整改"))
        .map(e -> text(e, Property.UID)).toList();
    // the first keeps the UID it has alone (a calendar that imported it updates it), the second is numbered
    String alone = "party-office-e890a5e59586e78eafe5a283e997aee9a298e695b4e694b9-20261203";
    assertEquals(List.of(alone + "@zhidu", alone + "-2@zhidu"), uids);
  }

  /**
   * Each event against the same plan as JSON: an all-day event on the due day, the summary and description as the
   * plan says them, one display reminder at 09:00 Beijing time on the last working day before the due day (the work
   * calendar read from {@code calendar show --format json}). Returns the events, in the file's order.
   */
  private List<VEvent> planEvents(Calendar calendar, JsonNode plan) throws IOException {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    JsonNode occurrences = plan.get("occurrences");
    assertEquals(occurrences.size(), events.size(), "one event per occurrence");
    for (int i = 0; i < events.size(); i++) {
      JsonNode o = occurrences.get(i);
      VEvent event = events.get(i);
      LocalDate due = LocalDate.parse(o.get("due").asText());
      String name = o.get("obligation").asText();
      assertEquals(due, date(event, Property.DTSTART), name);
      assertEquals(due.plusDays(1), date(event, Property.DTEND), name);
      JsonNode who = o.get("responsible");
      String responsible = who.isNull() ? "—" : who.asText() + (o.get("person").isNull() ? ""
          : "（" + o.get("person").asText() + "）");
      assertEquals(name + "（" + o.get("times").asText() + " 次）", text(event, Property.SUMMARY));
      assertEquals("时间窗 " + o.get("from").asText() + " 至 " + o.get("to").asText() + "；负责：" + responsible + "；依据 "
          + o.get("rule").asText() + "：" + o.get("clause").asText(), text(event, Property.DESCRIPTION));
      List<VAlarm> alarms = event.getAlarms();
      assertEquals(1, alarms.size(), name + " " + due);
      VAlarm alarm = alarms.get(0);
      assertEquals("DISPLAY", text(alarm, Property.ACTION));
      assertEquals(name, text(alarm, Property.DESCRIPTION));
      Trigger trigger = alarm.<Trigger>getProperty(Property.TRIGGER).orElseThrow(() -> new AssertionError(
          "a reminder without TRIGGER: " + name));
      assertNull(trigger.getDuration(), "an absolute trigger");
      assertEquals(Optional.of(Value.DATE_TIME), trigger.getParameter(Parameter.VALUE),
          "an absolute trigger says VALUE=DATE-TIME (a TRIGGER is a duration unless it says so)");
      OffsetDateTime at = trigger.getDate().atOffset(CHINA);
      assertEquals(LocalTime.of(9, 0), at.toLocalTime(), name + " " + due);
      LocalDate remind = at.toLocalDate();
      assertTrue(remind.isBefore(due), name + " " + due + ": reminded " + remind);
      assertTrue(working(remind), name + " " + due + ": reminded on " + remind + ", not a working day");
      for (LocalDate d = remind.plusDays(1); d.isBefore(due); d = d.plusDays(1)) {
        assertFalse(working(d), name + " " + due + ": reminded on " + remind + ", but " + d + " is a working day");
      }
    }
    return events;
  }

  private final Map<YearMonth, Map<LocalDate, String>> dayTypes = new HashMap<>();

  /** A working day (or a make-up one) as {@code calendar show --format json} says. */
  private boolean working(LocalDate day) throws IOException {
    Map<LocalDate, String> month = dayTypes.get(YearMonth.from(day));
    if (month == null) {
      month = new HashMap<>();
      for (JsonNode d : json(new String[] {"calendar", "show", YearMonth.from(day).toString()}).get("days")) {
        month.put(LocalDate.parse(d.get("date").asText()), d.get("dayType").asText());
      }
      dayTypes.put(YearMonth.from(day), month);
    }
    String type = month.get(day);
    assertNotNull(type, day.toString());
    return type.equals("workday") || type.equals("makeup-workday");
  }

  // ----------------------------------------------------------------------------------------- the checks tested

  @Test
  void eachCheckFailsOnACalendarBrokenOnPurpose() throws Exception {
    String good = new String(written(new String[] {"calendar", "show", "2026-10"}, "--format", "ics"),
        StandardCharsets.UTF_8);
    readStrictly("calendar show 2026-10", utf8(good));
    Map<String, String> broken = new LinkedHashMap<>();
    broken.put("LF line ends", good.replace("\r\n", "\n"));
    broken.put("a byte-order mark", "\uFEFF" + good);
    broken.put("a line longer than 75 octets", good.replace("SUMMARY:国庆节（放假）", "SUMMARY:国庆节（放假）" + "假".repeat(25)));
    broken.put("no DTSTAMP", good.replace("DTSTAMP:20260930T160000Z\r\n", ""));
    broken.put("no UID", good.replace("UID:20261003-holiday@zhidu\r\n", ""));
    broken.put("no DTSTART", good.replaceFirst("DTSTART;VALUE=DATE:20261002\r\n", ""));
    broken.put("a UID twice", good.replace("UID:20261002-holiday@zhidu", "UID:20261001-holiday@zhidu"));
    broken.put("an all-day event ending as it starts", good.replace("DTEND;VALUE=DATE:20261002",
        "DTEND;VALUE=DATE:20261001"));
    broken.put("an all-day event ending at a time", good.replace("DTEND;VALUE=DATE:20261002",
        "DTEND:20261002T000000Z"));
    broken.put("a date that is no date", good.replace("DTSTART;VALUE=DATE:20261001", "DTSTART;VALUE=DATE:2026101"));
    broken.put("a comma left unescaped", good.replace("SUMMARY:国庆节（放假）", "SUMMARY:国庆节,放假"));
    broken.put("a line folded inside a character", new String(foldInside(utf8(good)), StandardCharsets.ISO_8859_1));
    broken.put("an iTIP method without an organizer", good.replace("CALSCALE:GREGORIAN\r\n",
        "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"));
    broken.put("no event at all", good.substring(0, good.indexOf("BEGIN:VEVENT")) + "END:VCALENDAR\r\n");
    for (Map.Entry<String, String> b : broken.entrySet()) {
      assertNotEquals(good, b.getValue(), b.getKey() + ": broken");
      byte[] bytes = b.getKey().equals("a line folded inside a character")
          ? b.getValue().getBytes(StandardCharsets.ISO_8859_1) : utf8(b.getValue());
      assertThrows(AssertionError.class, () -> readStrictly(b.getKey(), bytes), b.getKey());
    }
    // what the text checks see: an escape doubled decodes to a backslash that zhidu never meant
    Calendar doubled = readStrictly("doubled", utf8(good.replace("SUMMARY:国庆节（放假）", "SUMMARY:国庆节\\\\\\,放假")));
    assertEquals("国庆节\\,放假", text(doubled.<VEvent>getComponents(Component.VEVENT).get(0), Property.SUMMARY));
    // and a reminder whose trigger cannot be read is refused by the parser
    String plan = new String(written(new String[] {"obligations", "plan", "--pack", "party-office", "--year", "2026"},
        "--format", "ics"), StandardCharsets.UTF_8);
    assertThrows(AssertionError.class, () -> readStrictly("a broken trigger", utf8(plan.replace(
        "TRIGGER;VALUE=DATE-TIME:20260130T010000Z", "TRIGGER;VALUE=DATE-TIME:20260130T0100"))));
  }

  /** The first line with a Chinese character folded after that character's first byte. */
  private static byte[] foldInside(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if ((bytes[i] & 0xF0) == 0xE0) {
        byte[] out = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, out, 0, i + 1);
        out[i + 1] = '\r';
        out[i + 2] = '\n';
        out[i + 3] = ' ';
        System.arraycopy(bytes, i + 1, out, i + 4, bytes.length - i - 1);
        return out;
      }
    }
    throw new AssertionError("no Chinese character");
  }

  // ------------------------------------------------------------------------------------------------ the reading

  /**
   * Reads a calendar file as a calendar program does and checks what every calendar of ours must be: UTF-8 without a
   * byte-order mark, CRLF line ends, lines of at most 75 octets; parsed by ical4j without relaxation and valid by its
   * RFC 5545 rules; every content line, unfolded, exactly what ical4j writes for the value it read (so every text is
   * escaped as the RFC says, no more and no less); each event with UID, DTSTAMP (in UTC) and DTSTART, an end after
   * its start, all-day events as dates on both ends; the UIDs unique.
   */
  static Calendar readStrictly(String what, byte[] bytes) {
    assertFalse(bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF, what + ": no byte-order mark");
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(what + ": not UTF-8 (" + e + ")");
    }
    assertTrue(text.endsWith("\r\n"), what + ": ends with CRLF");
    assertFalse(text.replace("\r\n", "").contains("\n") || text.replace("\r\n", "").contains("\r"),
        what + ": CRLF line ends only");
    for (String line : text.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, what + ": longer than 75 octets: " + line);
    }
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
    } catch (ParserException e) {
      throw new AssertionError(what + ": line " + e.getLineNo() + ": " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new AssertionError(what + ": " + e, e);
    }
    ValidationResult valid;
    try {
      valid = calendar.validate();
    } catch (RuntimeException e) {
      throw new AssertionError(what + ": " + e, e);
    }
    assertTrue(valid.getEntries().isEmpty(), what + ": " + valid);
    assertEquals(unfold(text), unfold(calendar.toString()), what + ": written back by ical4j, line for line");
    Set<String> uids = new HashSet<>();
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    for (VEvent event : events) {
      String uid = text(event, Property.UID);
      assertTrue(uids.add(uid), what + ": UID " + uid + " twice");
      Temporal stamp = date(event, Property.DTSTAMP);
      assertTrue(stamp instanceof Instant || stamp instanceof OffsetDateTime && ((OffsetDateTime) stamp).getOffset()
          .equals(ZoneOffset.UTC), what + ": DTSTAMP in UTC: " + stamp);
      Temporal start = date(event, Property.DTSTART);
      Temporal end = date(event, Property.DTEND);
      boolean allDay = isDate(event, Property.DTSTART);
      assertEquals(allDay, start instanceof LocalDate, what + ": " + uid + ": VALUE=DATE with a date");
      assertEquals(allDay, isDate(event, Property.DTEND), what + ": " + uid + ": both ends dates, or neither");
      if (allDay) {
        assertTrue(end instanceof LocalDate && ((LocalDate) end).isAfter((LocalDate) start),
            what + ": " + uid + ": DTEND " + end + " after DTSTART " + start);
      } else {
        assertTrue(Instant.from(end).isAfter(Instant.from(start)), what + ": " + uid + ": DTEND after DTSTART");
      }
    }
    return calendar;
  }

  private static String unfold(String ics) {
    return ics.replace("\r\n ", "");
  }

  private static boolean isDate(Component component, String name) {
    Property p = component.<Property>getProperty(name).orElseThrow(() -> new AssertionError("no " + name));
    Optional<Value> value = p.getParameter(Parameter.VALUE);
    return value.isPresent() && value.get().equals(Value.DATE);
  }

  /** A property's value as ical4j decodes it; a missing property fails. */
  private static String text(Component component, String name) {
    return component.<Property>getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError(
        component.getName() + " without " + name + ": " + component));
  }

  /** A date or date-time property's value as ical4j reads it; a missing property fails. */
  private static Temporal date(Component component, String name) {
    DateProperty<?> p = component.<DateProperty<?>>getProperty(name).orElseThrow(() -> new AssertionError(
        component.getName() + " without " + name + ": " + component));
    return p.getDate();
  }

  private static Optional<String> calName(Calendar calendar) {
    return calendar.<Property>getProperty("X-WR-CALNAME").map(Property::getValue);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------------------------------------ the running

  /**
   * The file a command writes with {@code -o}, written twice, the second time a few years later by the clock: the
   * same bytes both times.
   */
  private byte[] written(String[] args, String... more) throws IOException {
    String[] all = Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    byte[] first = writtenAt(Cli.CLOCK, all);
    byte[] again = writtenAt(Clock.fixed(Instant.parse("2031-05-04T13:14:15Z"), CHINA), all);
    assertArrayEquals(first, again, "two runs, the same bytes: " + String.join(" ", all));
    return first;
  }

  private byte[] writtenAt(Clock clock, String[] args) throws IOException {
    Path file = dir.resolve("calendar-" + ++files + ".ics");
    String[] all = Stream.concat(Stream.of(args), Stream.of("-o", file.toString())).toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all, new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(new byte[0]), clock,
        Cli.ROOT, true);
    if (code != 0) {
      fail(String.join(" ", all) + " exited " + code + ": " + err);
    }
    return Files.readAllBytes(file);
  }

  /** The same command's JSON, as Jackson reads it. */
  private static JsonNode json(String[] args) throws IOException {
    String[] all = Stream.concat(Stream.of(args), Stream.of("--format", "json")).toArray(String[]::new);
    Cli.Result r = Cli.run(all);
    assertEquals(0, r.exitCode(), r.err());
    return JSON.readTree(r.out());
  }
}
