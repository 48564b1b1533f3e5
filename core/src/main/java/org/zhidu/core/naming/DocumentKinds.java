package org.zhidu.core.naming;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The 文种 of a policy indexed by spelling, for the lookups made once or twice per name. */
final class DocumentKinds {

  private final Map<String, DocumentKind> bySpelling = new HashMap<>();
  private final int longest;

  DocumentKinds(List<DocumentKind> kinds) {
    int max = 0;
    for (DocumentKind kind : kinds) {
      for (String spelling : kind.spellings()) {
        if (bySpelling.putIfAbsent(spelling, kind) != null) {
          throw new IllegalArgumentException("文种 spelling " + spelling + " is listed twice");
        }
        max = Math.max(max, spelling.length());
      }
    }
    this.longest = max;
  }

  /** The 文种 spelled so, or {@code null}. */
  DocumentKind spelled(String spelling) {
    return bySpelling.get(spelling);
  }

  /** The 文种 whose spelling ends the text, preferring the longest spelling (命令 over 令), or {@code null}. */
  DocumentKind ending(String text) {
    for (int length = Math.min(longest, text.length()); length > 0; length--) {
      DocumentKind kind = bySpelling.get(text.substring(text.length() - length));
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }
}
