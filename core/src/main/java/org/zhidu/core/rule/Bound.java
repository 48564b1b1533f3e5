package org.zhidu.core.rule;

/**
 * Whether a threshold's own value is inside it (X-BOUND). By the Civil Code, art. 1259, 以上、以下、以内、届满 include
 * the number itself and 不满、超过、以外 exclude it; where a clause contradicts that, the pack says which reading it takes.
 */
public enum Bound {
  /** The value itself is within the threshold (以上, 以下, 以内, "28日前" read as "by the 28th"). */
  INCLUSIVE("inclusive"),
  /** The value itself is outside (超过, 不满). */
  EXCLUSIVE("exclusive");

  private final String id;

  Bound(String id) {
    this.id = id;
  }

  /**
   * As a pack writes it.
   *
   * @return {@code inclusive} or {@code exclusive}
   */
  public String id() {
    return id;
  }
}
