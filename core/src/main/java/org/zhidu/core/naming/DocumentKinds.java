package org.zhidu.core.naming;

import org.zhidu.core.finding.InvalidValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The 文种 of a policy indexed by spelling, for the lookups made once or twice per name. */
final class DocumentKinds {

  private final Map<String, DocumentKind> bySpelling = new HashMap<>();
  private final String[] spellings;
  private final DocumentKind[] kindOfSpelling;

  DocumentKinds(List<DocumentKind> kinds) {
    for (DocumentKind kind : kinds) {
      for (String spelling : kind.spellings()) {
        if (bySpelling.putIfAbsent(spelling, kind) != null) {
          throw new InvalidValue("pack.spelling_twice", spelling);
        }
      }
    }
    this.spellings = bySpelling.keySet().toArray(String[]::new);
    this.kindOfSpelling = new DocumentKind[spellings.length];
    for (int i = 0; i < spellings.length; i++) {
      kindOfSpelling[i] = bySpelling.get(spellings[i]);
    }
  }

  /**
   * The spelling written at {@code text[from, to)} exactly, as the shared instance held here (so no copy of the
   * text is made), or {@code null}.
   */
  String spellingAt(String text, int from, int to) {
    int length = to - from;
    for (String spelling : spellings) {
      if (spelling.length() == length && text.startsWith(spelling, from)) {
        return spelling;
      }
    }
    return null;
  }

  /** The 文种 spelled so, or {@code null}. */
  DocumentKind spelled(String spelling) {
    return bySpelling.get(spelling);
  }

  /** The 文种 whose spelling ends the text, preferring the longest spelling (命令 over 令), or {@code null}. */
  DocumentKind ending(String text) {
    DocumentKind best = null;
    int bestLength = 0;
    if (text.isEmpty()) {
      return null;
    }
    char last = text.charAt(text.length() - 1);
    for (int i = 0; i < spellings.length; i++) {
      String spelling = spellings[i];
      if (spelling.charAt(spelling.length() - 1) == last
          && spelling.length() > bestLength
          && text.endsWith(spelling)) {
        best = kindOfSpelling[i];
        bestLength = spelling.length();
      }
    }
    return best;
  }
}
