package org.zhidu.core.scoring;

/**
 * An event as it counted.
 *
 * @param event the register's row
 * @param item its item
 * @param points count × the item's points
 * @param person the person it counted for, or {@code null} for a section's own event
 * @param section the section it counted for (a person's section on the event's day, I4), or {@code null}
 */
public record CountedEvent(ScoreEvent event, ScoringItem item, int points, String person, String section) {}
