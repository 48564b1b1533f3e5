package org.zhidu.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of amounts: capital figures round-trip; figures with separators read the same; any text reads or is null. */
class AmountsProperties {

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.longs().between(0, 99_999_999_999_999L).map(f -> BigDecimal.valueOf(f, 2));
  }

  @Property(tries = 2000)
  void capitalsReadBackToTheAmount(@ForAll("amounts") BigDecimal amount) {
    assertEquals(amount, Amounts.parse(Amounts.capitals(amount)));
  }

  @Property(tries = 1000)
  void figuresWithThousandsSeparatorsReadAsWithout(@ForAll("amounts") BigDecimal amount) {
    String plain = amount.toPlainString();
    String grouped = String.format("%,.2f", amount);
    assertEquals(amount, Amounts.parse(plain));
    assertEquals(amount, Amounts.parse(grouped));
    assertEquals(amount, Amounts.parse(plain + "元"));
  }

  /** Fuzz: any text is read or refused with null, never an exception. */
  @Property(tries = 10_000)
  void anyTextReadsOrIsNull(@ForAll("texts") String text) {
    BigDecimal value = Amounts.parse(text);
    if (value != null) {
      assertEquals(2, value.scale());
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("0123456789,.，元¥￥ 零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆角分整正-+e")
        .ofMaxLength(24);
  }
}
