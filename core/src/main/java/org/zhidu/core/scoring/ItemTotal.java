package org.zhidu.core.scoring;

/**
 * How often one item counted for someone, and its points.
 *
 * @param item the item
 * @param count occurrences
 * @param points the points they add up to
 */
public record ItemTotal(String item, int count, int points) {}
