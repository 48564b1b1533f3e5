package org.zhidu.core.office;

import java.time.LocalDate;
import java.util.Objects;

/** A person belongs to {@code section} from {@code from} until their next posting. */
public record Posting(String section, LocalDate from) {

  public Posting {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(from, "from");
  }
}
