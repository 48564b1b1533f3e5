/**
 * Spending (E1–E3): who approves which spending, by kind and amount, routed by {@link org.zhidu.core.approval}
 * over the pack's route table; which spending needs a collective decision (三重一大, 室务会, 主任会议); and where the
 * clause's own wording gives an amount to two rows.
 */
package org.zhidu.core.spending;
