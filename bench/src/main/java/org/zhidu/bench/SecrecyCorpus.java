package org.zhidu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * A deterministic register of classified documents (G13: 收文, 借阅, 销毁) for the party-office pack (UTF-8, CRLF),
 * over the clerks of {@link LeaveCorpus}: every loan read and returned the same day, every destruction approved,
 * signed by two people and done at the 市公文销毁站. A correct checker finds nothing and checks every row, each
 * loan's borrower against the office file.
 */
final class SecrecyCorpus {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String[] LEVELS = {"秘密", "机密", "绝密"};

  private SecrecyCorpus() {}

  /** The rows; the office file is {@link LeaveCorpus#officeYaml()}. */
  static void write(Path file, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int people = LeaveCorpus.SECTIONS * LeaveCorpus.CLERKS_PER_SECTION;
    LocalDateTime at = LocalDateTime.of(2001, 1, 1, 9, 0);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("文件名称或编号,密级,类别,经办人,时间,批准人,归还时间,销毁地点,销毁人,监销人\r\n");
      for (int r = 0; r < rows; r++) {
        int p = random.nextInt(people);
        int section = p / LeaveCorpus.CLERKS_PER_SECTION;
        String clerk = LeaveCorpus.clerk(section, p % LeaveCorpus.CLERKS_PER_SECTION);
        String other = LeaveCorpus.clerk((section + 1) % LeaveCorpus.SECTIONS, p % LeaveCorpus.CLERKS_PER_SECTION);
        String number = "X委发〔" + at.getYear() + "〕" + (1 + random.nextInt(400)) + "号";
        String level = LEVELS[random.nextInt(3)];
        String approver = LeaveCorpus.head(section);
        int kind = random.nextInt(10);
        out.write(number + ',' + level + ',');
        if (kind < 6) {
          out.write("借阅," + clerk + ',' + TIME.format(at) + ',' + approver + ',' + TIME.format(at.plusHours(3))
              + ",,,\r\n");
        } else if (kind < 9) {
          out.write("收文," + clerk + ',' + TIME.format(at) + ',' + approver + ",,,,\r\n");
        } else {
          out.write("销毁," + clerk + ',' + TIME.format(at) + ',' + approver + ",,市公文销毁站," + clerk + ',' + other
              + "\r\n");
        }
        // within the working day: a loan read in the morning or afternoon and returned within three hours
        at = at.getHour() >= 17 ? at.plusDays(1).withHour(8).withMinute(30) : at.plusMinutes(7);
      }
    }
  }
}
