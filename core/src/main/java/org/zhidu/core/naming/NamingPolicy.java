package org.zhidu.core.naming;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
      throw new IllegalArgumentException("a naming policy needs at least one 文种");
    }
    Map<String, String> seen = new HashMap<>();
    for (DocumentKind kind : documentKinds) {
      for (String spelling : kind.spellings()) {
        String before = seen.putIfAbsent(spelling, kind.name());
        if (before != null) {
          throw new IllegalArgumentException("文种 spelling " + spelling + " is listed twice");
        }
      }
    }
  }

  /** The 文种 spelled so, or {@code null}. */
  public DocumentKind documentKind(String spelling) {
    for (DocumentKind kind : documentKinds) {
      if (kind.spellings().contains(spelling)) {
        return kind;
      }
    }
    return null;
  }

  /** The 文种 whose spelling the text ends with, preferring the longest spelling, or {@code null}. */
  public DocumentKind documentKindEnding(String text) {
    DocumentKind best = null;
    int bestLength = 0;
    for (DocumentKind kind : documentKinds) {
      for (String spelling : kind.spellings()) {
        if (spelling.length() > bestLength && text.endsWith(spelling)) {
          best = kind;
          bestLength = spelling.length();
        }
      }
    }
    return best;
  }

  public boolean isKnownCategory(String category) {
    return draftCategories.contains(category);
  }
}
