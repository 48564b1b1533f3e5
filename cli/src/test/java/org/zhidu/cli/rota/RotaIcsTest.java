package org.zhidu.cli.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;
import org.zhidu.cli.Main;

/**
 * The rota as a calendar people import into their phones (issue 12): UIDs that name the office, SEQUENCE bumped each
 * time a re-plan changes a day, nothing from the clock, the calendar's name and each event's description; and
 * {@code calendar show --format ics} as deterministic.
 */
class RotaIcsTest {

  private static final String OFFICE = "examples/anju/office.yaml";
  private static final String HISTORY = "examples/anju/rota/rota-2026-09.csv";
  private static final String EDITED = "examples/anju/rota/rota-2026-10-edited.csv";

  @TempDir Path dir;

  /** The events of a calendar, unfolded, each as its properties by name (the last of a name wins). */
  static List<Map<String, String>> events(String ics) {
    assertFalse(ics.replace("\r\n", "").contains("\n"), "CRLF only");
    String unfolded = ics.replace("\r\n ", "");
    List<Map<String, String>> events = new ArrayList<>();
    Map<String, String> event = null;
    for (String line : unfolded.split("\r\n")) {
      if (line.equals("BEGIN:VEVENT")) {
        event = new LinkedHashMap<>();
      } else if (line.equals("END:VEVENT")) {
        events.add(event);
        event = null;
      } else if (event != null) {
        int colon = line.indexOf(':');
        event.put(line.substring(0, colon), line.substring(colon + 1));
      }
    }
    return events;
  }

  private static Map<String, String> on(List<Map<String, String>> events, String date) {
    return events.stream().filter(e -> e.get("DTSTART").startsWith(date.replace("-", ""))).findFirst()
        .orElseThrow(() -> new AssertionError("no event on " + date));
  }

  @Test
  void twoOfficesRotasNeverShareAUid() throws Exception {
    Path other = dir.resolve("other.yaml");
    Files.writeString(other, Files.readString(Cli.ROOT.resolve(OFFICE), StandardCharsets.UTF_8)
        .replace("office: 遂宁市安居区人民政府办公室", "office: 遂宁市船山区人民政府办公室"), StandardCharsets.UTF_8);
    Set<String> uids = new HashSet<>();
    int count = 0;
    for (String office : List.of(Cli.ROOT.resolve(OFFICE).toString(), other.toString())) {
      Cli.Result r = Cli.run("rota", "generate", "--office", office, "--month", "2026-10", "--format", "ics");
      assertEquals(0, r.exitCode(), r.err());
      for (Map<String, String> e : events(r.out())) {
        uids.add(e.get("UID"));
        count++;
      }
    }
    assertEquals(62, count);
    assertEquals(count, uids.size(), "every UID unique across the two offices");
  }

  @Test
  void theCalendarIsNamedAndEachEventSaysWhoElseWhoLeadsWhoNotifiesAndTheHandover() {
    Cli.Result r = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10", "--format", "ics", "--person",
        "张伟");
    String unfolded = r.out().replace("\r\n ", "");
    assertTrue(unfolded.contains("\r\nX-WR-CALNAME:遂宁市安居区人民政府办公室值班表（2026年10月） · 张伟\r\n"), unfolded);
    Map<String, String> first = on(events(r.out()), "2026-10-01");
    assertEquals("同班：孙浩\\n带班领导：施瑞昶（138-0000-0101）\\n通知人：综合股\\n交接班：09:00，值班至次日 09:00\\n"
        + "值班电话：0825-8661234", first.get("DESCRIPTION"));
    Cli.Result all = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10", "--format", "ics");
    Map<String, String> eleventh = on(events(all.out()), "2026-10-11");
    assertTrue(eleventh.get("DESCRIPTION").startsWith("值班人员：朱琳\\n带班领导：李红梅（138-0000-0202）\\n通知人：胡斌"),
        eleventh.get("DESCRIPTION"));
  }

  @Test
  void nothingComesFromTheClock() {
    for (List<String> args : List.of(
        List.of("rota", "generate", "--office", OFFICE, "--month", "2026-10", "--format", "ics"),
        List.of("calendar", "show", "2026-10", "--format", "ics"))) {
      String a = run(Instant.parse("2026-11-23T01:00:00Z"), args);
      String b = run(Instant.parse("2031-05-04T13:14:15Z"), args);
      assertEquals(a, b, args.toString());
      assertTrue(a.contains("DTSTAMP:20260930T160000Z"), a);
    }
  }

  @Test
  void aReplanBumpsTheSequenceOfEachDayItChangesEveryTime() throws Exception {
    // the first plan: every day at 0
    List<Map<String, String>> first = events(Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10",
        "--format", "ics").out());
    assertTrue(first.stream().allMatch(e -> e.get("SEQUENCE").equals("0")));
    // a re-plan of an edited rota: the days it changes at 1, the others kept at 0
    Cli.Result replanned = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10", "--history", HISTORY,
        "--keep", EDITED, "--format", "csv");
    assertEquals(0, replanned.exitCode(), replanned.err());
    Path v1 = dir.resolve("v1.csv");
    Files.writeString(v1, replanned.out(), StandardCharsets.UTF_8);
    assertTrue(replanned.out().contains("\r\n2026-10-04,星期日,法定节假日,黄磊、胡斌,邓丽君,综合股,1\r\n"), replanned.out());
    assertTrue(replanned.out().contains("\r\n2026-10-03,星期六,法定节假日,杨帆、林芳,何永明,综合股,0\r\n"), replanned.out());
    List<Map<String, String>> second = events(Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10",
        "--history", HISTORY, "--keep", EDITED, "--format", "ics").out());
    assertEquals("1", on(second, "2026-10-04").get("SEQUENCE"));
    assertEquals("0", on(second, "2026-10-03").get("SEQUENCE"));
    assertEquals(on(first, "2026-10-04").get("UID"), on(second, "2026-10-04").get("UID"), "the same event, updated");
    // re-planned again from that sheet with nothing new: nothing changes, nothing is bumped
    List<Map<String, String>> same = events(Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10",
        "--history", HISTORY, "--keep", v1.toString(), "--format", "ics").out());
    assertEquals("1", on(same, "2026-10-04").get("SEQUENCE"));
    assertEquals("0", on(same, "2026-10-03").get("SEQUENCE"));
    // a new leave: the day it changes goes up again, from 1 to 2
    Path office = dir.resolve("office.yaml");
    String yaml = Files.readString(Cli.ROOT.resolve(OFFICE), StandardCharsets.UTF_8);
    String served = on(same, "2026-10-04").get("SUMMARY");
    assertTrue(served.contains("黄磊"), served);
    Files.writeString(office, yaml.replace("  - { name: 黄磊, role: 文秘人员, section: 秘书股, linkedLeader: 邓丽君 }",
        "  - name: 黄磊\n    role: 文秘人员\n    section: 秘书股\n    linkedLeader: 邓丽君\n"
            + "    unavailable: [ { from: 2026-10-04, to: 2026-10-04, reason: 病假 } ]"), StandardCharsets.UTF_8);
    List<Map<String, String>> third = events(Cli.run("rota", "generate", "--office", office.toString(), "--month",
        "2026-10", "--history", HISTORY, "--keep", v1.toString(), "--format", "ics").out());
    assertFalse(on(third, "2026-10-04").get("SUMMARY").contains("黄磊"));
    assertEquals("2", on(third, "2026-10-04").get("SEQUENCE"));
    assertEquals("0", on(third, "2026-10-03").get("SEQUENCE"));
  }

  @Test
  void aVersionThatIsNoNumberIsRefusedAtItsCell() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "日期,值班人员,版本\n2026-10-01,张伟、孙浩,一\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10", "--keep", bad.toString(),
        "--format", "ics");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(bad + ":2:"), r.err());
    assertTrue(r.err().contains("版本应为 0 或正整数"), r.err());
  }

  private static String run(Instant now, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
        new ByteArrayInputStream(new byte[0]), Clock.fixed(now, ZoneOffset.ofHours(8)), Cli.ROOT, true);
    assertEquals(0, code, err.toString());
    return out.toString();
  }
}
