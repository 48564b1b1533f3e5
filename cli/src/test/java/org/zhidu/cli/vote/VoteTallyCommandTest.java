package org.zhidu.cli.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;

/** {@code zhidu vote tally} refuses a meeting file it cannot count, at the line and column of the fault (M1–M4). */
class VoteTallyCommandTest {

  private static final String HEAD = """
      meeting: 室务会
      time: 2026-05-12 09:00
      notified: 2026-05-11 09:00
      chair: 钱坤
      members:
        - { name: 钱坤, post: 主任 }
        - { name: 孙岩, post: 副主任 }
        - { name: 李卫, post: 副主任 }
      present: [钱坤, 孙岩]
      attending: [郑华]
      items:
        - title: 议题
          kind: 一般
          votes:
      """;

  private static Cli.Result tally(Path dir, String votes, String... more) throws IOException {
    Files.writeString(dir.resolve("m.yaml"), HEAD + votes, StandardCharsets.UTF_8);
    String[] args = new String[3 + more.length];
    args[0] = "vote";
    args[1] = "tally";
    args[2] = "m.yaml";
    System.arraycopy(more, 0, args, 3, more.length);
    return Cli.runIn(dir, new byte[0], args);
  }

  @Test
  void aCountableFileExitsZeroOrOneAndAnUncountableOneTwoAtItsPlace(@TempDir Path dir) throws IOException {
    assertEquals(0, tally(dir, "      - { member: 孙岩, vote: 同意 }\n      - { member: 钱坤, vote: 同意 }\n")
        .exitCode());
    assertEquals(1, tally(dir, "      - { member: 钱坤, vote: 同意 }\n      - { member: 孙岩, vote: 同意 }\n")
        .exitCode(), "the director spoke first (M3)");
    String[][] broken = {
      {"      - { member: 李卫, vote: 同意 }\n", "m.yaml:15:9", "李卫 未到会"},
      {"      - { member: 郑华, vote: 同意 }\n", "m.yaml:15:", "郑华 是列席人员"},
      {"      - { member: 孙岩, vote: 弃权 }\n", "m.yaml:15:", "“弃权”不是同意、不同意或缓议"},
      {"      - { member: 孙岩, vote: 同意 }\n      - { member: 孙岩, vote: 不同意 }\n", "m.yaml:16:9", "表态了两次"},
      {"      - { member: 路人, vote: 同意 }\n", "m.yaml:15:9", "不是本次会议的应到会成员"},
    };
    for (String[] b : broken) {
      Cli.Result r = tally(dir, b[0]);
      assertEquals(2, r.exitCode(), b[0] + r.err());
      assertTrue(r.err().contains(b[1]) && r.err().contains(b[2]), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }

  @Test
  void aPackWithoutTheVotesRulesSaysSo(@TempDir Path dir) throws IOException {
    Cli.Result r = tally(dir, "      - { member: 孙岩, vote: 同意 }\n", "--pack", "anju-gov-office");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("anju-gov-office"), r.err());
  }

  @Test
  void aTimeThatIsNoneIsRefusedInEnglishToo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("m.yaml"), HEAD.replace("2026-05-12 09:00", "2026-02-30 09:00")
        + "      - { member: 孙岩, vote: 同意 }\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.runIn(dir, new byte[0], "--lang", "en", "vote", "tally", "m.yaml");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("m.yaml:2:") && r.err().contains("cannot read the time"), r.err());
  }
}
