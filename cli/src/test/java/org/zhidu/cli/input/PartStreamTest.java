package org.zhidu.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.register.TextPart;

/** A file read part after part: never held whole, never more than a few arrays, the parts the whole file. */
class PartStreamTest {

  @TempDir Path dir;

  /** The parts' text, each part copied as it is read (its array is given back at once). */
  private static List<String> texts(PartStream parts, int[] made) {
    List<String> out = new ArrayList<>();
    parts.forEach(t -> new String(t.utf8(), t.from(), t.to() - t.from(), StandardCharsets.UTF_8), out::add, 0);
    made[0] = parts.arraysMade();
    return out;
  }

  @Test
  void aFileOfManyBlocksIsReadWithAFewArraysAndEveryByteOnce() throws IOException {
    StringBuilder text = new StringBuilder("出借时间,出借事由,借出人员,归还时间\r\n");
    for (int i = 0; i < 40_000; i++) {
      text.append("2026-03-05 09:00,\"赴市政务\n服务中心").append(i).append("\",张伟,2026-03-05 10:00\r\n");
    }
    Path file = dir.resolve("r.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    int[] made = new int[1];
    List<String> parts = PartStream.read(file, "r.csv", 8192, s -> texts(s, made));
    assertTrue(parts.size() > 300, "parts: " + parts.size());
    // memory is flat in the file's size: a file of 300 blocks and more is read in at most this many arrays
    assertTrue(made[0] <= PartStream.ARRAYS, "arrays: " + made[0]);
    assertEquals(text.toString(), String.join("", parts));
  }

  @Test
  void aGb18030FileIsReadAgainDecoded() throws IOException {
    StringBuilder text = new StringBuilder("日期,人员\n");
    for (int i = 0; i < 5_000; i++) {
      text.append("2026-03-05,张三").append(i).append('\n');
    }
    Path file = dir.resolve("gbk.csv");
    Files.write(file, text.toString().getBytes(Charset.forName("GB18030")));
    int[] made = new int[1];
    int[] runs = {0};
    List<String> parts = PartStream.read(file, "gbk.csv", 4096, s -> {
      runs[0]++;
      return texts(s, made);
    });
    assertEquals(2, runs[0]);
    assertEquals(text.toString(), String.join("", parts));
  }

  @Test
  void bytesNeitherUtf8NorGb18030AreNamedAtTheirOffset() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("日期,人员\n".getBytes(StandardCharsets.UTF_8)); // 14 bytes
    bytes.write(0x80);
    bytes.write("\n".getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("bad.csv");
    Files.write(file, bytes.toByteArray());
    InputException e = assertThrows(InputException.class,
        () -> PartStream.read(file, "bad.csv", 4, s -> texts(s, new int[1])));
    assertEquals("input.encoding", e.problem().key());
    assertEquals(List.of("14"), e.problem().args());
    // regression: told by the offset alone; it is at its line and column too
    assertEquals(2, e.location().line());
    assertEquals(1, e.location().column());
  }

  @Test
  void aMissingFileIsSaid() {
    InputException e = assertThrows(InputException.class,
        () -> PartStream.read(dir.resolve("none.csv"), "none.csv", s -> texts(s, new int[1])));
    assertEquals("input.not_found", e.problem().key());
  }

  @Test
  void theSplittersPartsBeginAfterIndexZero() throws IOException {
    Path file = dir.resolve("bom.csv");
    Files.write(file, "\uFEFFa,b\n".getBytes(StandardCharsets.UTF_8));
    List<TextPart> seen = new ArrayList<>();
    PartStream.read(file, "bom.csv", s -> {
      PartStream.Part p = s.next();
      seen.add(p.text());
      return null;
    });
    assertEquals(4, seen.get(0).from());
  }

  @Test
  void aFileUnder8MbIsOnePartAsItAlwaysWas() throws IOException {
    StringBuilder text = new StringBuilder("日期,人员\n");
    for (int i = 0; i < 200_000; i++) {
      text.append("2026-03-05,张三").append(i).append('\n');
    }
    Path file = dir.resolve("r.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertTrue(Files.size(file) > 2 * PartStream.BLOCK && Files.size(file) < PartStream.ONE_PART);
    List<Boolean> last = new ArrayList<>();
    PartStream.read(file, "r.csv", s -> last.add(s.next().last()));
    assertEquals(List.of(true), last);
  }
}
