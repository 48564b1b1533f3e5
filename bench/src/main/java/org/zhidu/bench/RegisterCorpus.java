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
 * A deterministic 印章出借登记 (G3) of a given number of rows, as Excel exports it (UTF-8, CRLF): every seal returned
 * between half an hour and five hours after it was lent, so a correct checker finds nothing.
 */
final class RegisterCorpus {

  private static final String[] REASONS = {"赴市政务服务中心办理事项", "外出签订协议", "赴省厅报送材料", "赴区档案馆查档",
    "赴银行办理业务"};
  private static final String[] NAMES = {"张伟", "刘洋", "杨帆", "黄磊", "周静", "吴敏", "徐丽", "孙浩", "马超", "朱琳"};
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private RegisterCorpus() {}

  static void write(Path file, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDateTime start = LocalDateTime.of(2010, 1, 1, 8, 0);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("出借时间,出借事由,借出人员,归还时间\r\n");
      for (int i = 0; i < rows; i++) {
        LocalDateTime lent = start.plusMinutes(7L * i);
        LocalDateTime back = lent.plusMinutes(30 + random.nextInt(270));
        out.write(MINUTE.format(lent) + "," + REASONS[random.nextInt(REASONS.length)] + i + ","
            + NAMES[random.nextInt(NAMES.length)] + "," + MINUTE.format(back) + "\r\n");
      }
    }
  }
}
