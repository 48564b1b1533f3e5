package org.zhidu.core.obligation;

/**
 * What a due day that is not a working day becomes. The documents are silent (X-GAP): each pack states its reading.
 */
public enum RestDay {
  /** The last working day before it ("by the 25th" met a day early). */
  EARLIER("earlier"),
  /** The next working day. */
  LATER("later"),
  /** The day itself, working or not. */
  KEEP("keep");

  private final String id;

  RestDay(String id) {
    this.id = id;
  }

  /**
   * As a pack writes it.
   *
   * @return {@code earlier}, {@code later} or {@code keep}
   */
  public String id() {
    return id;
  }

  /**
   * The reading a pack's word names, or {@code null}.
   *
   * @param id the pack's word, or {@code null}
   * @return the reading, or {@code null} when the word names none
   */
  public static RestDay of(String id) {
    for (RestDay r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    return null;
  }
}
