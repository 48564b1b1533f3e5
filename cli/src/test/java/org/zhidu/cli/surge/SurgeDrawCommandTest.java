package org.zhidu.cli.surge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;

/** {@code zhidu surge draw} refuses what it cannot draw from, with the place (U1). */
class SurgeDrawCommandTest {

  private static final String OFFICE = Cli.ROOT.resolve("examples/anju/office.yaml").toString();

  @Test
  void aBusyNameTheOfficeDoesNotKnowIsRefusedAtItsCell(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("busy.csv"), "人员,事由\n吴敏,材料\n吴名,材料\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.runIn(dir, new byte[0], "surge", "draw", "--office", OFFICE, "--at", "2026-09-15 10:00",
        "--busy", "busy.csv");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("busy.csv:3:1") && r.err().contains("吴名"), r.err());
  }

  @Test
  void aMomentThatIsNoneOrACountTooLargeIsRefused() {
    for (String[] args : new String[][] {{"--at", "2026-09-31 10:00"}, {"--at", "1800-01-01 10:00"},
        {"--at", "2026-09-15 10:00", "--count", "-1"}}) {
      String[] all = new String[4 + args.length];
      all[0] = "surge";
      all[1] = "draw";
      all[2] = "--office";
      all[3] = OFFICE;
      System.arraycopy(args, 0, all, 4, args.length);
      Cli.Result r = Cli.run(all);
      assertEquals(2, r.exitCode(), String.join(" ", args) + r.err());
    }
  }

  @Test
  void tooFewPeopleForTheCountExitsOne() {
    Cli.Result r = Cli.run("surge", "draw", "--office", OFFICE, "--at", "2026-09-15 10:00", "--count", "50");
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.out().contains("需要 50 人"), r.out());
  }

  @Test
  void aRotaIsReadWholeAndADayItLacksIsSaid(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bad.csv"), "日期,值班人员\n2026-02-30,张伟\n", StandardCharsets.UTF_8);
    Cli.Result bad = Cli.runIn(dir, new byte[0], "surge", "draw", "--office", OFFICE, "--at", "2026-10-09 20:00",
        "--rota", "bad.csv");
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("bad.csv:2:1"), bad.err());
    Files.writeString(dir.resolve("other.csv"), "日期,值班人员\n2026-10-01,张伟\n", StandardCharsets.UTF_8);
    Cli.Result lacks = Cli.runIn(dir, new byte[0], "surge", "draw", "--office", OFFICE, "--at", "2026-10-09 20:00",
        "--rota", "other.csv");
    assertEquals(1, lacks.exitCode(), lacks.err());
    assertTrue(lacks.out().contains("2026-10-09"), lacks.out());
  }

  @Test
  void aDayWithoutItsTimeOrResidentsWithoutNamesAreRefused() {
    assertEquals(2, Cli.run("surge", "draw", "--office", OFFICE, "--at", "2026-10-09").exitCode());
    assertEquals(2, Cli.run("surge", "draw", "--office", OFFICE, "--at", "2026-10-09 20:00", "--resident", "、、")
        .exitCode());
  }
}
