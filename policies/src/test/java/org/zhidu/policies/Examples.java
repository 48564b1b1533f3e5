package org.zhidu.policies;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's bundled examples, found from wherever the tests run (the module's folder or the root). */
final class Examples {

  private Examples() {}

  /** An example file by its path from the repository's root ({@code examples/anju/office.yaml}). */
  static Path of(String path) {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.exists(root.resolve(path))) {
      root = root.getParent();
    }
    if (root == null) {
      throw new IllegalStateException("the example " + path + " is part of the repository");
    }
    return root.resolve(path);
  }
}
