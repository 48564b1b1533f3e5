package org.zhidu.core.calendar;

/** What a day is in the working calendar. */
public enum DayType {
  /** An ordinary working day, Monday to Friday. */
  WORKDAY("workday", true),
  /** An ordinary Saturday or Sunday. */
  WEEKEND("weekend", false),
  /** A day of a statutory holiday block, weekend days inside the block included (放假). */
  HOLIDAY("holiday", false),
  /** A Saturday or Sunday worked in exchange for a holiday day (调休上班). */
  MAKEUP_WORKDAY("makeup-workday", true);

  private final String id;
  private final boolean working;

  DayType(String id, boolean working) {
    this.id = id;
    this.working = working;
  }

  /**
   * The stable id used in JSON output.
   *
   * @return {@code workday}, {@code weekend}, {@code holiday} or {@code makeup-workday}
   */
  public String id() {
    return id;
  }

  /**
   * Whether people work that day.
   *
   * @return {@code true} for {@link #WORKDAY} and {@link #MAKEUP_WORKDAY}, the days that count as 工作日
   */
  public boolean isWorking() {
    return working;
  }
}
