/** {@code zhidu spend}: who approves which spending, what a meeting decides, who signs the claim (E1–E3). */
package org.zhidu.cli.spend;
