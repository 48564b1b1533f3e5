package org.zhidu.policies;

import java.util.Random;

/** Mutations of a YAML text for the loaders' fuzz properties: YAML's own punctuation inserted, text cut or spliced. */
public final class YamlFuzz {

  private static final String[] PIECES = {":", " ", "\n", "- ", "{", "}", "[", "]", "\"", "'", "*a", "&a", "<<: ",
    "!!int ", "bound: ", "inclusive", "value: ", "rules: [X9]", "citation: ", "\t", "#", "\u0000", "～", "2027.9",
    "null", "~", "gaps:", "registers:", "naming:", "extends: anju-gov-office", "name: ", "王,五", "reportsTo: ",
    "from: 2027-02-30", "year: 2027", "\r", "\u202E"};

  private YamlFuzz() {}

  /** The text with a few random edits, the same for the same seed. */
  public static String mutate(String text, long seed, int edits) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(out.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> out.insert(at, PIECES[random.nextInt(PIECES.length)]);
        case 1 -> out.delete(Math.min(at, out.length()), Math.min(out.length(), at + 1 + random.nextInt(40)));
        default -> {
          int from = random.nextInt(Math.max(out.length(), 1));
          out.insert(Math.min(at, out.length()), out.substring(Math.min(from, out.length()),
              Math.min(out.length(), from + random.nextInt(80))));
        }
      }
    }
    return out.toString();
  }

  /** A file of the repository's examples, found from the working directory up. */
  public static String example(String path) {
    java.nio.file.Path root = java.nio.file.Path.of("").toAbsolutePath();
    while (root != null && !java.nio.file.Files.exists(root.resolve(path))) {
      root = root.getParent();
    }
    try {
      return java.nio.file.Files.readString(root.resolve(path), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("the example " + path + " is part of the repository", e);
    }
  }
}
