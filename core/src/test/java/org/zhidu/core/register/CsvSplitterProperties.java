package org.zhidu.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A file read by {@link CsvCuts.Splitter} in blocks of any size, from a source that gives any number of bytes at a
 * time, reads part by part as the whole reads: the same records, cells, lines and columns; and a byte that is not
 * UTF-8 is named at its offset, as the JDK's decoder names it.
 */
class CsvSplitterProperties {

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> pieces = Arbitraries.of("日期", "张伟", "a", "他说\"好", "\"x\ny\"", "\"\"\"q\"\"\"", "\"a,b\"",
        ",", ",", ",", "\n", "\n", "\r\n", "\r", "\"", "😀", "\"unclosed", "\uFEFF");
    return pieces.list().ofMinSize(0).ofMaxSize(80).map(p -> String.join("", p));
  }

  private static List<String> read(List<TextPart> parts) {
    List<String> out = new ArrayList<>();
    for (TextPart part : parts) {
      CsvText.parse(part, (cells, count, lines, columns, unterminated) -> {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < count; i++) {
          row.append(lines[i]).append(':').append(columns[i]).append('=').append(cells[i]).append('|');
        }
        out.add(row + (unterminated ? "!" : ""));
        return true;
      });
    }
    return out;
  }

  /** The parts of the bytes, read by a source giving between 1 and {@code most} bytes a call. */
  private static List<TextPart> split(byte[] bytes, int block, int most, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int[] at = {0};
    CsvCuts.Splitter splitter = new CsvCuts.Splitter((into, to, want) -> {
      if (at[0] == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(want, bytes.length - at[0]), 1 + random.nextInt(most));
      System.arraycopy(bytes, at[0], into, to, n);
      at[0] += n;
      return n;
    }, block);
    List<TextPart> parts = new ArrayList<>();
    for (TextPart p = splitter.next(null); p != null; p = splitter.next(null)) {
      parts.add(p);
    }
    return parts;
  }

  @Property(tries = 5000)
  void partsReadAsTheWholeReads(@ForAll("files") String text, @ForAll @IntRange(min = 1, max = 40) int block,
      @ForAll @IntRange(min = 1, max = 50) int most, @ForAll boolean bom) throws IOException {
    byte[] bytes = ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
    List<TextPart> parts = split(bytes, block, most, text.hashCode());
    assertEquals(read(List.of(new TextPart(bytes, 0, bytes.length, 1))), read(parts), text);
  }

  @Property(tries = 2000)
  void aByteThatIsNotUtf8IsNamedAtItsOffset(@ForAll("files") String text, @ForAll @IntRange(min = 0, max = 200) int at,
      @ForAll @IntRange(min = 1, max = 40) int block) {
    byte[] good = text.getBytes(StandardCharsets.UTF_8);
    int cut = Math.min(at, good.length);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, cut);
    bytes[cut] = (byte) 0xFF;
    System.arraycopy(good, cut, bytes, cut + 1, good.length - cut);
    int firstBad = Utf8.firstBad(bytes, 0, bytes.length);
    CsvCuts.NotUtf8 e = assertThrows(CsvCuts.NotUtf8.class, () -> split(bytes, block, 7, at));
    assertEquals(firstBad, e.offset());
  }

  @Test
  void aCharacterCutAtTheFilesEndIsNotUtf8() {
    byte[] bytes = "a,b\n张".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    assertEquals(4, assertThrows(CsvCuts.NotUtf8.class, () -> split(cut, 2, 1, 1)).offset());
  }
}
