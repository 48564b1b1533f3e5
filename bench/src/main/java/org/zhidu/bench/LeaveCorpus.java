package org.zhidu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.policies.calendar.HolidayData;

/**
 * A deterministic leave register for the anju-gov-office pack, as Excel exports it (UTF-8, CRLF), and its office:
 * 20 sections of one head (科级干部) and 49 clerks, and the director. Every request is right: from one to three
 * working days, asked a few days ahead of the chain its days call for, one person's leave never overlapping, from 2001 on
 * (the calendar's first year), so a correct checker finds nothing and checks every part of every row.
 */
final class LeaveCorpus {

  static final int SECTIONS = 20;
  static final int CLERKS_PER_SECTION = 49;

  private static final String[] KINDS = {"事假", "病假", "年休假"};
  private static final WorkCalendar CALENDAR = WorkCalendar.of(HolidayData.builtIn());

  private LeaveCorpus() {}

  static String head(int section) {
    return "科长" + section;
  }

  static String clerk(int section, int i) {
    return "文秘" + section + "_" + i;
  }

  /** The office file. */
  static String officeYaml() {
    StringBuilder y = new StringBuilder("office: 测试办\nsections:\n");
    for (int s = 0; s < SECTIONS; s++) {
      y.append("  - { name: 股").append(s).append(", head: ").append(head(s)).append(" }\n");
    }
    y.append("people:\n  - { name: 主任, role: 办公室主任 }\n");
    for (int s = 0; s < SECTIONS; s++) {
      y.append("  - { name: ").append(head(s)).append(", role: 科级干部, section: 股").append(s).append(" }\n");
      for (int i = 0; i < CLERKS_PER_SECTION; i++) {
        y.append("  - { name: ").append(clerk(s, i)).append(", role: 文秘人员, section: 股").append(s).append(" }\n");
      }
    }
    return y.toString();
  }

  /** {@code rows} requests, the clerks' in turn, each clerk's a little later than their last. */
  static void write(Path file, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int people = SECTIONS * CLERKS_PER_SECTION;
    LocalDate[] next = new LocalDate[people];
    for (int p = 0; p < people; p++) {
      next[p] = LocalDate.of(2001, 1, 8).plusDays(random.nextInt(30));
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("人员,类别,开始时间,结束时间,申请时间,审批方式,审批人,审批时间\r\n");
      for (int i = 0; i < rows; i++) {
        int p = i % people;
        int section = p / CLERKS_PER_SECTION;
        LocalDate start = workday(next[p]);
        int days = 1 + random.nextInt(3);
        LocalDate end = start;
        for (int d = 1; d < days; d++) {
          end = workday(end.plusDays(1));
        }
        String approvers = days == 1 ? head(section) : head(section) + "、主任";
        LocalDate asked = start.minusDays(3 + random.nextInt(5));
        out.write(clerk(section, p % CLERKS_PER_SECTION) + "," + KINDS[random.nextInt(KINDS.length)] + "," + start
            + "," + end + "," + asked + " 09:30,书面," + approvers + "," + asked.plusDays(1) + " 10:00\r\n");
        next[p] = end.plusDays(2 + random.nextInt(6));
      }
    }
  }

  /** The first working day on or after d, by the State Council calendar the check uses. */
  private static LocalDate workday(LocalDate d) {
    LocalDate day = d;
    while (!CALENDAR.isWorkday(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
