/** {@code zhidu registers}: registers exported as CSV, checked against their schemas (G1–G13). */
package org.zhidu.cli.registers;
