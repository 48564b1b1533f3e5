package org.zhidu.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A file cut into parts where {@link CsvCuts} says reads, part by part, as the whole reads: the same records, cells,
 * lines and columns, whatever stray quotes, quoted line breaks and lone CRs it holds and wherever its stretches end.
 */
class CsvCutsProperties {

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> pieces = Arbitraries.of("日期", "张伟", "a", "他说\"好", "\"x\ny\"", "\"\"\"q\"\"\"", "\"a,b\"",
        ",", ",", ",", "\n", "\n", "\r\n", "\r", "\"", "😀", "\"unclosed");
    return pieces.list().ofMinSize(1).ofMaxSize(80).map(p -> String.join("", p));
  }

  /** Each record as "line:column=cell|…", the whole file at once. */
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

  @Property(tries = 5000)
  void partsReadAsTheWholeReads(@ForAll("files") String text, @ForAll @IntRange(min = 1, max = 40) int size) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int stretches = Math.max(1, (bytes.length + size - 1) / size);
    long[] read = new long[stretches];
    for (int k = 0; k < stretches; k++) {
      read[k] = CsvCuts.stretch(bytes, k * size, Math.min(k * size + size, bytes.length));
    }
    List<TextPart> parts = CsvCuts.parts(bytes, 0, size, read);
    assertEquals(read(List.of(new TextPart(bytes, 0, bytes.length, 1))), read(parts), text);
  }

  @Test
  void aStrayQuoteInACellOpensNothing() {
    byte[] bytes = "a,他说\"好\nb,\"c\nd\"\ne,f\n".getBytes(StandardCharsets.UTF_8);
    long[] read = new long[(bytes.length + 7) / 8];
    for (int k = 0; k < read.length; k++) {
      read[k] = CsvCuts.stretch(bytes, k * 8, Math.min(k * 8 + 8, bytes.length));
    }
    // the quote after 他说 is a character of its cell; the one before c opens a cell with a line break in it
    assertEquals(List.of(1, 2, 4, 5), CsvCuts.parts(bytes, 0, 8, read).stream().map(TextPart::firstLine).toList());
  }
}
