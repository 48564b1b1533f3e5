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
 * A deterministic register of sign-off trails for the anju-gov-office pack (UTF-8, CRLF) and its office: the
 * sections and clerks of {@link LeaveCorpus}, each clerk naming their section's head as 联系科级干部, one cadre in
 * each of the posts the chains name. Every document is a 政府发文 or a 政府办发文 signed off step by step, in
 * order, each by whom the office file puts there, with its opinion, name and time (ten rows when related units
 * countersign, nine when not): a correct checker finds nothing and checks every part of every row.
 */
final class TrailCorpus {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TrailCorpus() {}

  /** The office file. */
  static String officeYaml() {
    StringBuilder y = new StringBuilder("office: 测试办\nsections:\n");
    for (int s = 0; s < LeaveCorpus.SECTIONS; s++) {
      y.append("  - { name: 股").append(s).append(", head: ").append(LeaveCorpus.head(s)).append(" }\n");
    }
    y.append("people:\n  - { name: 主任, role: 办公室主任 }\n  - { name: 县领导, role: 县级领导 }\n")
        .append("  - { name: 文秘科长, role: 科级干部, position: 分管文秘科级干部 }\n")
        .append("  - { name: 审核科长, role: 科级干部, position: 发文审核科级干部 }\n");
    for (int s = 0; s < LeaveCorpus.SECTIONS; s++) {
      String head = LeaveCorpus.head(s);
      y.append("  - { name: ").append(head).append(", role: 科级干部, section: 股").append(s).append(" }\n");
      for (int i = 0; i < LeaveCorpus.CLERKS_PER_SECTION; i++) {
        y.append("  - { name: ").append(LeaveCorpus.clerk(s, i)).append(", role: 文秘人员, section: 股").append(s)
            .append(", reportsTo: { 联系科级干部: ").append(head).append(", 分管县级领导: 县领导 } }\n");
      }
    }
    return y.toString();
  }

  /** Documents until {@code rows} rows are written (the last one may be cut short of its end: a chain in progress). */
  static void write(Path file, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int people = LeaveCorpus.SECTIONS * LeaveCorpus.CLERKS_PER_SECTION;
    LocalDateTime start = LocalDateTime.of(2001, 1, 1, 9, 0);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("文件,发文类型,环节,姓名,意见,时间,标记\r\n");
      int written = 0;
      for (int d = 0; written < rows; d++) {
        int p = d % people;
        int section = p / LeaveCorpus.CLERKS_PER_SECTION;
        String clerk = LeaveCorpus.clerk(section, p % LeaveCorpus.CLERKS_PER_SECTION);
        String proofReader = LeaveCorpus.clerk((section + 1) % LeaveCorpus.SECTIONS, p % LeaveCorpus.CLERKS_PER_SECTION);
        boolean office = random.nextInt(3) == 0;
        String type = office ? "政府办发文" : "政府发文";
        String name = (office ? "安府办发〔" : "安府发〔") + (2001 + d / 5000) + "〕" + (d % 5000 + 1) + "号";
        LocalDateTime at = start.plusHours(d * 3L);
        String[][] steps = {
          {"主办单位起草签字", "起草人" + (d % 97), ""},
          {"相关单位会签", "会签人" + (d % 89), "同意"},
          {"联系文秘人员初审", clerk, "拟同意"},
          {"联系科级干部复审", LeaveCorpus.head(section), "拟同意"},
          {office ? "指定科级干部审核" : "分管文秘科级干部审核", office ? "审核科长" : "文秘科长", "拟同意"},
          {"办公室主任审签", "主任", "同意"},
          {"分管县级领导审签", "县领导", "同意"},
          {"主要领导签发", "区长", "同意印发"},
          {"最终审校", proofReader, "已校核。此稿付印存档。"},
        };
        boolean countersigned = random.nextBoolean();
        for (String[] step : steps) {
          if (written == rows) {
            break;
          }
          if (step[0].equals("相关单位会签") && !countersigned || office && step[0].equals("主要领导签发")) {
            continue;
          }
          at = at.plusMinutes(20);
          out.write(name + "," + type + "," + step[0] + "," + step[1] + "," + step[2] + "," + at.format(TIME)
              + ",\r\n");
          written++;
        }
      }
    }
  }
}
