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

  public NamingPolicy {
    documentKinds = List.copyOf(documentKinds);
    draftCategories = Set.copyOf(new LinkedHashSet<>(draftCategories));
    if (documentKinds.isEmpty()) {
      throw new InvalidValue("pack.no_values");
    }
    new DocumentKinds(documentKinds); // refuses a spelling listed twice
  }

  public boolean isKnownCategory(String category) {
    return draftCategories.contains(category);
  }
}
