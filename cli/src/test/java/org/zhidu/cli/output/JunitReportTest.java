package org.zhidu.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JunitReportTest {

  /** Regression: half of a surrogate pair went into the XML raw, which XML 1.0 cannot hold. */
  @Test
  void xmlNeverHoldsACharacterXmlCannotHold() {
    assertEquals("a\uFFFDb\uFFFDc\uD83D\uDE00d\uFFFD", JunitReport.xml("a\uD800b\u0007c\uD83D\uDE00d\uDE00"));
    assertEquals("&lt;&amp;&quot;", JunitReport.xml("<&\""));
  }
}
