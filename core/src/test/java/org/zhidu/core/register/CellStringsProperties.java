package org.zhidu.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The strings a scan remembers are the strings it would have made: whatever cells share a slot or come back. */
class CellStringsProperties {

  @Provide
  Arbitrary<List<String>> cells() {
    Arbitrary<String> pool = Arbitraries.of("文秘0_1", "文秘0_2", "科长0、主任", "科长1、主任", " 事假 ", "　病假　",
        "张　三", "", " ", "3100000001", "3100000002", "1,200.50", "发票、接待审批单、来文公函、菜单",
        "x".repeat(70), "x".repeat(71), "😀");
    Arbitrary<String> any = Arbitraries.strings().withCharRange(' ', '~').withChars("　日期人员").ofMaxLength(80);
    return Arbitraries.oneOf(pool, pool, any).list().ofMaxSize(400);
  }

  @Property(tries = 300)
  void aRememberedCellIsTheCellAsTextGivesIt(@ForAll("cells") List<String> cells) {
    CellStrings strings = new CellStrings();
    for (String cell : cells) {
      byte[] bytes = ("," + cell + ",").getBytes(StandardCharsets.UTF_8);
      assertEquals(Table.stripped(cell), strings.text(bytes, 1, bytes.length - 1), cell);
    }
  }
}
