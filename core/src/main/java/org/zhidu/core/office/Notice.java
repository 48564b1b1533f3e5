package org.zhidu.core.office;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a rota pinned on the notice board (公示栏) tells its readers besides the days: the duty phone, the phones of
 * the people on it, who drew it up (制表) and who checked it (审核). Every part is optional.
 *
 * @param dutyPhone the duty room's phone (值班电话), or {@code null}
 * @param phones each person's phone by name, in the office file's order
 * @param preparedBy who drew up the rota (制表), or {@code null}
 * @param reviewedBy who checked it (审核), or {@code null}
 */
public record Notice(String dutyPhone, Map<String, String> phones, String preparedBy, String reviewedBy) {

  /** An office file that says none of it. */
  public static final Notice NONE = new Notice(null, Map.of(), null, null);

  /**
   * Keeps an unmodifiable copy of the phones, in their order.
   *
   * @param dutyPhone the duty phone, or {@code null}
   * @param phones each person's phone by name; {@code null} for none
   * @param preparedBy who draws up the rota (制表), or {@code null}
   * @param reviewedBy who reviews it (审核), or {@code null}
   */
  public Notice {
    phones = phones == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(phones));
  }

  /**
   * A person's phone.
   *
   * @param name the person's name, or {@code null}
   * @return the phone as the office file writes it, or {@code null} when it gives none
   */
  public String phone(String name) {
    return name == null ? null : phones.get(name);
  }
}
