package org.zhidu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A deterministic claims register for the anju-gov-office pack, as an accounting system exports it (UTF-8, CRLF), and
 * its office: the sections and clerks of {@link LeaveCorpus}, each clerk naming their section's head for every post
 * of the spending chains. Every claim is right: approved the day before by the chain its kind and amount call for,
 * reported where it must be, its papers attached, signed in order, meals within the norm, allowances tallied in the
 * window, every invoice number new; so a correct checker finds nothing and checks every part of every row.
 */
final class ClaimsCorpus {

  private static final String[] KINDS = {"公务接待", "车辆维修", "小宗物资采购", "会议费", "加班用餐", "加班补助"};

  private ClaimsCorpus() {}

  /** The office file: {@link LeaveCorpus}'s, with the spending posts named. */
  static String officeYaml() {
    StringBuilder y = new StringBuilder("office: 测试办\nsections:\n");
    for (int s = 0; s < LeaveCorpus.SECTIONS; s++) {
      y.append("  - { name: 股").append(s).append(", head: ").append(LeaveCorpus.head(s)).append(" }\n");
    }
    y.append("people:\n  - { name: 主任, role: 办公室主任 }\n  - { name: 区府办主任甲, position: 区府办主任 }\n");
    for (int s = 0; s < LeaveCorpus.SECTIONS; s++) {
      String head = LeaveCorpus.head(s);
      y.append("  - { name: ").append(head).append(", role: 科级干部, section: 股").append(s).append(" }\n");
      for (int i = 0; i < LeaveCorpus.CLERKS_PER_SECTION; i++) {
        y.append("  - { name: ").append(LeaveCorpus.clerk(s, i)).append(", role: 文秘人员, section: 股").append(s)
            .append(", reportsTo: { 分管后勤科级干部: ").append(head).append(", 分管小车班科级干部: ").append(head)
            .append(" } }\n");
      }
    }
    return y.toString();
  }

  /** {@code rows} claims, the clerks' in turn, from 2001 on. */
  static void write(Path file, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int people = LeaveCorpus.SECTIONS * LeaveCorpus.CLERKS_PER_SECTION;
    LocalDate first = LocalDate.of(2001, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("日期,经办人,类别,金额,附件,审批人,审批时间,报账签字,报销日期,人数,发票号码,汇报\r\n");
      for (int i = 0; i < rows; i++) {
        int p = i % people;
        int section = p / LeaveCorpus.CLERKS_PER_SECTION;
        String clerk = LeaveCorpus.clerk(section, p % LeaveCorpus.CLERKS_PER_SECTION);
        String head = LeaveCorpus.head(section);
        LocalDate date = first.plusDays(random.nextInt(9000));
        String kind = KINDS[random.nextInt(KINDS.length)];
        BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(500_000), 2);
        String papers = "发票";
        String approvers = head;
        String persons = "";
        String reported = "";
        LocalDate claimed = date.plusDays(1 + random.nextInt(10));
        switch (kind) {
          case "公务接待" -> {
            papers = "发票、接待审批单、来文公函、菜单";
            reported = amount.compareTo(BigDecimal.valueOf(500)) > 0 ? "区府办主任" : "";
          }
          case "车辆维修" -> {
            papers = "发票、维修明细单";
            approvers = amount.compareTo(BigDecimal.valueOf(3000)) >= 0 ? head + "→主任" : head;
          }
          case "小宗物资采购" -> approvers = amount.compareTo(BigDecimal.valueOf(500)) > 0 ? head + "、区府办主任甲" : head;
          case "会议费" -> {
            papers = "发票、签到册、会议通知";
            approvers = "主任";
          }
          case "加班用餐" -> {
            int n = 1 + random.nextInt(12);
            amount = BigDecimal.valueOf(n * 2000L - random.nextInt(500), 2);
            persons = Integer.toString(n);
          }
          default -> {
            approvers = "主任";
            claimed = date.withDayOfMonth(1).plusMonths(1).plusDays(random.nextInt(5));
          }
        }
        out.write(date + "," + clerk + "," + kind + "," + amount.toPlainString() + "," + papers + "," + approvers + ","
            + date.minusDays(1) + " 10:00," + clerk + "、" + head + "、主任," + claimed + "," + persons + ","
            + (3_100_000_000L + i) + "," + reported + "\r\n");
      }
    }
  }
}
