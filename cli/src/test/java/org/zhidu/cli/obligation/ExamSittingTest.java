package org.zhidu.cli.obligation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;

/**
 * An exam's papers of one day are one sitting (P5): a row of the same exam that day without marks, or with marks that
 * cannot be read, is one of its papers, not another sitting.
 */
class ExamSittingTest {

  @TempDir Path dir;

  @Test
  void rowsOfAnExamOnItsDayAreOneSittingWithMarksOrWithout_P5() throws Exception {
    Path log = dir.resolve("log.csv");
    Files.writeString(log, String.join("\n",
        "日期,事项,负责,结束日期,过夜,阅卷成绩,成绩,备注",
        "2026-03-31,文秘人员考试,分管文秘科级干部,,,\"85、88、92\",88.3,张伟",
        "2026-03-31,文秘人员考试,分管文秘科级干部,,,\"80、84、90\",84.7,孙浩",
        "2026-03-31,文秘人员考试,分管文秘科级干部,,,,,缺考",
        "2026-03-31,文秘人员考试,分管文秘科级干部,,,\"八十\",80,李四",
        ""), StandardCharsets.UTF_8);
    Cli.Result r = Cli.runIn(dir, new byte[0], "obligations", "check", "log.csv", "--pack", "anju-gov-office",
        "--year", "2026", "--as-of", "2026-04-01", "--lang", "en");
    assertFalse(r.out().contains("at most 1"), r.out());
    assertTrue(r.out().contains("八十"), "the unreadable mark is said: " + r.out());
  }
}
