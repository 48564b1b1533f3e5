package org.zhidu.policies;

import java.util.Objects;

/**
 * One area's section of a pack: its key in the YAML, the record it is written as, and how it becomes the policy the
 * area's rules take. Sections are listed in the {@link Registry}; the loader binds each one it finds, so adding an
 * area adds a section here and changes nothing in {@link PackLoader}.
 *
 * @param <F> the section as written (a record bound strictly from YAML)
 * @param <P> the policy it resolves to (a core record)
 */
public abstract class PackSection<F, P> {

  private final String key;
  private final Class<F> fileType;
  private final Class<P> policyType;

  /**
   * @param key the key at the top of a pack file (naming, rota)
   * @param fileType the record the section is written as
   * @param policyType the policy's type, so that a pack hands it out typed
   */
  protected PackSection(String key, Class<F> fileType, Class<P> policyType) {
    this.key = Objects.requireNonNull(key, "key");
    this.fileType = Objects.requireNonNull(fileType, "fileType");
    this.policyType = Objects.requireNonNull(policyType, "policyType");
  }

  /**
   * The section's key at the top of a pack file.
   *
   * @return the key, such as {@code naming} or {@code rota}
   */
  public final String key() {
    return key;
  }

  /**
   * The record the section is written as.
   *
   * @return the type YAML binds the section to
   */
  public final Class<F> fileType() {
    return fileType;
  }

  /**
   * The type of the policy the section resolves to.
   *
   * @return the core policy's type
   */
  public final Class<P> policyType() {
    return policyType;
  }

  /**
   * The policy in force: each value the pack writes, else the value of the pack it extends. Every value is recorded
   * through the context, with its clause and origin, for {@code policies explain}.
   *
   * @param own the section as this pack writes it, or {@code null} when it does not
   * @param inherited the policy of the pack it extends, or {@code null} for a pack that extends none
   * @param context where values are recorded and errors located
   * @return the policy in force, never {@code null}
   * @throws org.zhidu.core.finding.InputException if a value is refused or a required one is missing, at its place
   */
  public abstract P resolve(F own, P inherited, SectionContext context);
}
