package org.zhidu.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Amounts in figures and in capital figures, with the examples of 《支付结算办法》附件一 (正确填写票据和结算凭证的基本规定)
 * and the forms of the claims the packs read.
 */
class AmountsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1500|1500.00", "1,500.00|1500.00", "1500元|1500.00", "1500.5 元|1500.50", "￥1500|1500.00", "¥25|25.00",
      "0|0.00", "0.05|0.05", "30,000|30000.00", "1,000,000.00|1000000.00", "1.500|1.50", "１500|1500.00", "１，５００．００|1500.00", "3万元|30000.00", "1.5万|15000.00", "3万|30000.00",
      "0.00015万|1.50", "10万元|100000.00"})
  void figuresAreReadExactly(String text, String expected) {
    assertEquals(expected == null ? null : new BigDecimal(expected), Amounts.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-5", "+5", "1e5", "1.505", "15,00", "1,50", "1,5000", ".5", "5.", "一千",
      "1500元元", "壹仟伍佰", "伍", "元整", "万元", "3万万", "0.0000001万", "12345,678", "1234,567.00", "壹佰拾元", "佰元", "壹仟佰元", "壹仟零佰元", "壹壹元", "壹万壹万元", "9999999999999", "1,000,0000"})
  void anythingElseIsNoAmount(String text) {
    assertNull(Amounts.parse(text), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // 《支付结算办法》附件一's own examples
      "1409.50|壹仟肆佰零玖元伍角", "6007.14|陆仟零柒元壹角肆分", "1680.32|壹仟陆佰捌拾元叁角贰分",
      "325.04|叁佰贰拾伍元零肆分", "107000.53|壹拾万柒仟元伍角叁分",
      // every digit and unit
      "1500|壹仟伍佰元整", "10|壹拾元整", "15|壹拾伍元整", "100000|壹拾万元整", "23456789|贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整",
      "100000000|壹亿元整", "100000001|壹亿零壹元整", "105000000|壹亿零伍佰万元整", "0.5|伍角", "0.05|伍分",
      "0|零元整", "1005.07|壹仟零伍元零柒分", "30000|叁万元整", "10000|壹万元整", "1010|壹仟零壹拾元整"})
  void capitalsAreWrittenByTheRulesAndReadBack(String figures, String capitals) {
    BigDecimal amount = new BigDecimal(figures).setScale(2);
    assertEquals(capitals, Amounts.capitals(amount));
    assertEquals(amount, Amounts.parse(capitals));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"壹仟伍佰元正|1500.00", "壹仟伍佰圆整|1500.00", "拾万元整|100000.00",
      "壹仟陆佰捌拾元零叁角贰分|1680.32", "壹拾万零柒仟元伍角叁分|107000.53", "伍角整|0.50"})
  void otherAcceptedCapitalFormsAreRead(String text, String expected) {
    assertEquals(new BigDecimal(expected), Amounts.parse(text));
  }

  @Test
  void noAmountCannotBeWritten() {
    assertThrows(IllegalArgumentException.class, () -> Amounts.capitals(new BigDecimal("-1")));
    assertThrows(IllegalArgumentException.class, () -> Amounts.capitals(new BigDecimal("0.001")));
    assertThrows(IllegalArgumentException.class, () -> Amounts.capitals(Amounts.MOST.add(new BigDecimal("0.01"))));
  }
}
