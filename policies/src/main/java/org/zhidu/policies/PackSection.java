package org.zhidu.policies;

/**
 * One area's section of a pack: its key in the YAML, the record it is written as, and how it becomes the policy the
 * area's rules take. Sections are listed in the {@link Registry}; the loader binds each one it finds, so adding an
 * area adds a section here and changes nothing in {@link PackLoader}.
 *
 * @param <F> the section as written (a record bound strictly from YAML)
 * @param <P> the policy it resolves to (a core record)
 */
public interface PackSection<F, P> {

  /** The key at the top of a pack file (naming, rota). */
  String key();

  /** The record the section is written as. */
  Class<F> fileType();

  /** The policy's type, so that a pack hands it out typed. */
  Class<P> policyType();

  /**
   * The policy in force: each value the pack writes, else the value of the pack it extends. Every value is recorded
   * through the context, with its clause and origin, for {@code policies explain}.
   *
   * @param own the section as this pack writes it, or {@code null} when it does not
   * @param inherited the policy of the pack it extends, or {@code null} for a pack that extends none
   * @param context where values are recorded and errors located
   */
  P resolve(F own, P inherited, SectionContext context);
}
