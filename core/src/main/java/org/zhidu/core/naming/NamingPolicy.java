package org.zhidu.core.naming;

import org.zhidu.core.finding.InvalidValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lists the naming rules depend on, as a pack fixes them: the 文种 of N1 and the 类别 of N3.
 *
 * @param documentKinds the 文种 a document name may carry
 * @param draftCategories the known 类别 of drafts; the clause ends its list with 等, so others are warnings only
 */
public record NamingPolicy(List<DocumentKind> documentKinds, Set<String> draftCategories) {

  /**
   * Refuses a policy without 文种 or with a spelling listed twice; keeps unmodifiable copies of the lists.
   *
   * @param documentKinds the 文种 a document name may carry
   * @param draftCategories the known 类别 of drafts; the clause ends its list with 等, so others are warnings only
   * @throws NullPointerException if {@code documentKinds} or {@code draftCategories} is {@code null}
   * @throws org.zhidu.core.finding.InvalidValue if {@code documentKinds} is empty or two kinds share a spelling
   */
  public NamingPolicy {
    documentKinds = List.copyOf(documentKinds);
    draftCategories = Set.copyOf(new LinkedHashSet<>(draftCategories));
    if (documentKinds.isEmpty()) {
      throw new InvalidValue("pack.no_values");
    }
    new DocumentKinds(documentKinds); // refuses a spelling listed twice
  }

  /**
   * Whether a draft's 类别 is one the pack lists (N3).
   *
   * @param category the category as written in the name
   * @return {@code true} when it is in {@code draftCategories}; {@code false} means a reminder, not an error
   */
  public boolean isKnownCategory(String category) {
    return draftCategories.contains(category);
  }
}
