package org.zhidu.core.calendar;

/**
 * A day was asked about in a year whose holiday arrangement has not been announced (or not supplied). Such a year
 * is never silently taken for one without holidays: the caller supplies the schedule, or asks explicitly for a
 * calendar that assumes none.
 */
public final class YearNotAnnouncedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The year asked about. */
  private final int year;

  /**
   * A day of {@code year} was asked about.
   *
   * @param year the year without an announced arrangement
   */
  public YearNotAnnouncedException(int year) {
    super("the holiday arrangement of " + year + " has not been announced");
    this.year = year;
  }

  /**
   * The year whose holiday arrangement is not known.
   *
   * @return the year asked about
   */
  public int year() {
    return year;
  }
}
