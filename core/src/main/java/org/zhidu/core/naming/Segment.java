package org.zhidu.core.naming;

/**
 * One recognised part of a name.
 *
 * @param role what it was recognised as
 * @param text the text as written
 * @param value the canonical value (the text itself when it is already canonical)
 * @param column the 1-based column where it starts in the name
 */
public record Segment(SegmentRole role, String text, String value, int column) {}
