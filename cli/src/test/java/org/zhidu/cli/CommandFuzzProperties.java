package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The commands, fuzzed end to end: a broken register handed to {@code leave check}, {@code claims check},
 * {@code score} or {@code rota check}, a broken meeting file to {@code vote tally},
 * ends with exit 0, 1 or 2, never with a trace or "internal error" (3), and every error names the file. The readers
 * beneath are fuzzed 10,000 times each; this makes sure nothing between them and the exit code lets a problem out.
 */
class CommandFuzzProperties {

  private static final String OFFICE = Cli.ROOT.resolve("examples/anju/office.yaml").toString();
  private static Path dir;

  @BeforeContainer
  static void folder() throws IOException {
    dir = Files.createTempDirectory("zhidu-command-fuzz");
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void endsWell(Cli.Result r, String file, String text) {
    assertTrue(r.exitCode() >= 0 && r.exitCode() <= 2, "exit " + r.exitCode() + ": " + r.err() + "\n" + text);
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err() + "\n" + text);
    if (r.exitCode() == 2) {
      assertTrue(r.err().contains(file), "the error names the file: " + r.err() + "\n" + text);
    }
  }

  @Property(tries = 300)
  void leaveCheckEndsWellOnAnyRegister(@ForAll("leaveTexts") String text) throws IOException {
    Files.write(dir.resolve("leave.csv"), text.getBytes(StandardCharsets.UTF_8));
    endsWell(Cli.runIn(dir, new byte[0], "leave", "check", "leave.csv", "--office", OFFICE, "--as-of", "2026-12-01",
        "--assume-no-holidays"), "leave.csv", text);
  }

  @Property(tries = 300)
  void claimsCheckEndsWellOnAnyRegister(@ForAll("claimsTexts") String text) throws IOException {
    Files.write(dir.resolve("claims.csv"), text.getBytes(StandardCharsets.UTF_8));
    endsWell(Cli.runIn(dir, new byte[0], "claims", "check", "claims.csv", "--pack", "party-office", "--as-of",
        "2026-12-01"), "claims.csv", text);
  }

  @Property(tries = 300)
  void voteTallyEndsWellOnAnyMeetingFile(@ForAll("meetingTexts") String text) throws IOException {
    Files.write(dir.resolve("meeting.yaml"), text.getBytes(StandardCharsets.UTF_8));
    endsWell(Cli.runIn(dir, new byte[0], "vote", "tally", "meeting.yaml", "--format", "json"), "meeting.yaml", text);
  }

  @Property(tries = 300)
  void scoreEndsWellOnAnyEventsRegister(@ForAll("eventsTexts") String text) throws IOException {
    Files.write(dir.resolve("events.csv"), text.getBytes(StandardCharsets.UTF_8));
    endsWell(Cli.runIn(dir, new byte[0], "score", "--office", OFFICE, "--events", "events.csv", "--period", "2026"),
        "events.csv", text);
  }

  @Property(tries = 300)
  void rotaCheckEndsWellOnAnyRota(@ForAll("rotaTexts") String text) throws IOException {
    Files.write(dir.resolve("rota.csv"), text.getBytes(StandardCharsets.UTF_8));
    endsWell(Cli.runIn(dir, new byte[0], "rota", "check", "rota.csv", "--office", OFFICE), "rota.csv", text);
  }

  @Provide
  Arbitrary<String> leaveTexts() {
    return CsvFuzz.texts(List.of(
        "人员,类别,开始时间,结束时间,天数,申请时间,审批方式,审批人,审批时间,补办时间,证明,代岗人,销假时间\n"
            + "张伟,事假,2026-03-02,2026-03-02,1,2026-02-27 10:00,书面,李红梅,2026-02-27 15:00,,,刘洋,2026-03-03 08:30\n"
            + "刘洋,病假,2026-03-09 下午,2026-03-11 上午,2,2026-03-05,电话,李红梅→高峰,2026年3月6日,2026-03-12,证明,张伟,\n",
        "人员,类别,起止时间,审批人,审批时间\n张伟,事假,2026-03-02 至 2026-03-03,李红梅、高峰,2026-02-27\n"));
  }

  @Provide
  Arbitrary<String> claimsTexts() {
    return CsvFuzz.texts(List.of("日期,经办人,类别,金额,附件,审批人,审批时间,报账签字,出差返回日期,报销日期,决策方式,预算内,资产登记号,发票号码\n"
        + "2026-03-03,蒋涛,设备购置,4800,发票,冯敏、孙岩,2026-03-01,蒋涛、何静、孙岩、钱坤,,2026-03-06,,是,ZC-1,44030001\n"
        + "2026-05-11,沈洁,差旅费,壹万元整,发票,,,沈洁,2026-05-02,,传阅会签,否,,\"1, 2\"\n"));
  }

  @Provide
  Arbitrary<String> meetingTexts() throws IOException {
    return CsvFuzz.texts(List.of(Files.readString(Cli.ROOT.resolve("examples/party-office/meeting-2026-05.yaml"),
        StandardCharsets.UTF_8)));
  }

  @Provide
  Arbitrary<String> eventsTexts() {
    return CsvFuzz.texts(List.of("日期,对象,事项,次数,依据股室,提交日期,情节严重,备注\n"
        + "2026-03-02,张伟,迟到,1,综合股,2026-03-28,,\n2026-03-09,综合股,公文办理失误,2,综合股,,是,\n"));
  }

  @Provide
  Arbitrary<String> rotaTexts() {
    return CsvFuzz.texts(List.of("日期,星期,类型,值班人员,带班领导\n2026-10-01,星期四,节假日,张伟、刘洋,施瑞昶\n"
        + "2026-10-02,星期五,节假日,杨帆、黄磊,王建国\n2026-10-08,星期四,工作日,周静,王建国\n"));
  }
}
