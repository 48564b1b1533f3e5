/** {@code zhidu leave}: who approves a leave, from the pack's route table (L1–L3). */
package org.zhidu.cli.leave;
