/**
 * Registers (登记台账, G1–G13) and every other CSV input: schemas (fields, types, aliases, cross-field checks), the one
 * CSV tokenizer, which knows the line and column of every cell, a table read by a schema for commands that read their
 * input row by row, recognition of a register from its header, and the checks of each row.
 */
package org.zhidu.core.register;
