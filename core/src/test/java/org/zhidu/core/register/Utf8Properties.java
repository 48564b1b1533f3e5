package org.zhidu.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The UTF-8 check a large register is read with, against the JDK's strict decoder. */
class Utf8Properties {

  /** Text in UTF-8 with, now and then, a byte changed, cut or added: the mistakes a GBK file makes look like. */
  @Provide
  Arbitrary<byte[]> texts() {
    Arbitrary<String> words = Arbitraries.of("日期", "人员", "事假", "2026-03-05", ",", "\"", "\n", "\r\n", "𠀀", "é",
        "　", "a", "😀", "\uFFFD");
    return words.list().ofMaxSize(30).map(w -> String.join("", w).getBytes(StandardCharsets.UTF_8))
        .flatMap(b -> Arbitraries.integers().between(0, 255).list().ofMaxSize(3).map(noise -> mutate(b, noise)));
  }

  private static byte[] mutate(byte[] b, List<Integer> noise) {
    byte[] out = b.clone();
    for (int k = 0; k < noise.size() && out.length > 0; k++) {
      out[(noise.get(k) * 31 + k) % out.length] = (byte) (int) noise.get(k);
    }
    return out;
  }

  private static boolean jdkReads(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Property(tries = 3000)
  void bytesAreUtf8ExactlyWhenTheJdkReadsThem(@ForAll("texts") byte[] text) {
    assertEquals(jdkReads(text), Utf8.firstBad(text, 0, text.length) < 0);
  }

  @Property(tries = 3000)
  void anyByteIsJudgedAsTheJdkJudgesIt(@ForAll byte[] bytes) {
    assertEquals(jdkReads(bytes), Utf8.firstBad(bytes, 0, bytes.length) < 0);
  }

  /** Stretches checked apart (as two threads check a large file) say what the whole says. */
  @Property(tries = 3000)
  void stretchesCheckedApartAgreeWithTheWhole(@ForAll("texts") byte[] text,
      @ForAll @IntRange(min = 0, max = 200) int cutA, @ForAll @IntRange(min = 0, max = 200) int cutB) {
    int a = Math.min(cutA, text.length);
    int b = Math.max(a, Math.min(cutB, text.length));
    boolean whole = Utf8.firstBad(text, 0, text.length) < 0;
    boolean parts = Utf8.firstBad(text, 0, a) < 0 && Utf8.firstBad(text, a, b) < 0
        && Utf8.firstBad(text, b, text.length) < 0;
    assertEquals(whole, parts);
  }

  @Test
  void theFirstBadCharacterIsNamedByItsOffset() {
    byte[] gbk = {'a', ',', (byte) 0xC8, (byte) 0xD5, (byte) 0xC6, (byte) 0xDA}; // 日期 in GBK
    assertEquals(2, Utf8.firstBad(gbk, 0, gbk.length));
    byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
    assertEquals(0, Utf8.firstBad(overlong, 0, 2));
    byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertEquals(0, Utf8.firstBad(surrogate, 0, 3));
    byte[] cut = "日".getBytes(StandardCharsets.UTF_8);
    assertEquals(-1, Utf8.firstBad(cut, 0, 1), "a character may end past the stretch");
    assertEquals(-1, Utf8.firstBad(cut, 1, 3), "and one begun before it is the earlier stretch's");
    assertEquals(0, Utf8.firstBad(new byte[] {cut[0], cut[1]}, 0, 2), "but not past the bytes");
  }
}
