package org.zhidu.core.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * The parse, segment by segment, recorded only when asked for ({@code names explain}): a plain check does not pay
 * for it. Callers test {@link #recording()} before computing a costly canonical value.
 */
final class Segments {

  static final Segments OFF = new Segments(false);

  private final List<Segment> list;

  private Segments(boolean on) {
    this.list = on ? new ArrayList<>(8) : null;
  }

  static Segments recorder() {
    return new Segments(true);
  }

  boolean recording() {
    return list != null;
  }

  void add(SegmentRole role, String text, String value, int column) {
    if (list != null) {
      list.add(new Segment(role, text, value, column));
    }
  }

  List<Segment> toList() {
    return list == null ? List.of() : list;
  }
}
