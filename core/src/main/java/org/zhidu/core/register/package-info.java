/**
 * Registers (登记台账, G1–G13): schemas (fields, types, cross-field checks), a CSV tokenizer that knows the line and
 * column of every cell, recognition of a register from its header, and the checks of each row.
 */
package org.zhidu.core.register;
