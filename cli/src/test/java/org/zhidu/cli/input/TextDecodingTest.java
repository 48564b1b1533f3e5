package org.zhidu.cli.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.core.register.TextPart;

/** A register's file read as UTF-8 bytes in parts of whole lines, or decoded when it is GB18030. */
class TextDecodingTest {

  @TempDir
  Path dir;

  /** A register of about 9 MB: more than one part; some cells quoted, with line breaks and quotes inside. */
  private static String register() {
    StringBuilder text = new StringBuilder("日期,人员,备注\n");
    for (int i = 0; i < 300_000; i++) {
      text.append("2026-03-05,文秘").append(i).append(i % 97 == 0 ? ",\"第一行\n第二行,\"\"引\"\"\"\n" : ",备注\n");
      if (i == 150_000) {
        // a quoted cell longer than a part: no cut can fall inside it
        text.append("2026-03-06,张三,\"").append("\n".repeat(2_100_000)).append("\"\n");
      }
    }
    return text.toString();
  }

  private static String text(TextDecoding.Chunks chunks) {
    StringBuilder out = new StringBuilder();
    for (TextPart p : chunks.parts()) {
      out.append(new String(p.utf8(), p.from(), p.to() - p.from(), UTF_8));
    }
    return out.toString();
  }

  @Test
  void aLargeFileComesInPartsOfWholeLinesAtTheirLineNumbers() throws IOException {
    String whole = register();
    Path file = dir.resolve("r.csv");
    Files.writeString(file, whole, UTF_8);
    TextDecoding.Chunks chunks = TextDecoding.readChunks(file, "r.csv");
    assertTrue(chunks.parts().size() > 2, "parts: " + chunks.parts().size());
    assertEquals(whole, text(chunks));
    int end = 0;
    for (TextPart p : chunks.parts()) {
      assertEquals(end, p.from(), "the parts follow each other");
      end = p.to();
      String before = new String(p.utf8(), 0, p.from(), UTF_8);
      assertEquals(1 + before.chars().filter(c -> c == '\n').count(), p.firstLine());
      assertEquals(0, before.chars().filter(c -> c == '"').count() % 2, "a part never begins inside quotes");
      assertTrue(p.from() == 0 || p.utf8()[p.from() - 1] == '\n');
    }
  }

  @Test
  void aByteOrderMarkIsPassedOver() throws IOException {
    String whole = register();
    Path file = dir.resolve("bom.csv");
    Files.writeString(file, "\uFEFF" + whole, UTF_8);
    TextDecoding.Chunks chunks = TextDecoding.readChunks(file, "bom.csv");
    assertEquals(whole, text(chunks));
    assertEquals(3, chunks.parts().get(0).from());
  }

  @Test
  void aLargeGb18030FileIsDecodedWhole() throws IOException {
    String whole = register();
    Path file = dir.resolve("gbk.csv");
    Files.write(file, whole.getBytes(Charset.forName("GB18030")));
    TextDecoding.Chunks chunks = TextDecoding.readChunks(file, "gbk.csv");
    assertEquals(1, chunks.parts().size());
    assertEquals(whole, text(chunks));
  }

  @Test
  void aSmallFileIsItsOwnBytesWhenUtf8AndDecodedWhenNot() throws IOException {
    Path utf8 = dir.resolve("a.csv");
    Files.writeString(utf8, "日期,人员\n2026-03-05,张三\n", UTF_8);
    TextDecoding.Chunks read = TextDecoding.readChunks(utf8, "a.csv");
    assertEquals(Files.readAllBytes(utf8).length, read.parts().get(0).utf8().length);
    Path gbk = dir.resolve("b.csv");
    Files.write(gbk, "日期,人员\n2026-03-05,张三\n".getBytes(Charset.forName("GB18030")));
    assertEquals("日期,人员\n2026-03-05,张三\n", text(TextDecoding.readChunks(gbk, "b.csv")));
  }
}
