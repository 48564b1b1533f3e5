package org.zhidu.cli.options;

import java.nio.file.Files;
import java.nio.file.Path;
import org.zhidu.cli.Context;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.Pack;
import org.zhidu.policies.PackLoader;
import picocli.CommandLine.Option;

/** {@code --pack ID|FILE}: a built-in pack by id, or a user's pack file that extends one. */
public final class PackOption {

  @Option(
      names = "--pack",
      paramLabel = "ID|FILE",
      descriptionKey = "option.pack",
      defaultValue = BuiltInPacks.DEFAULT)
  String pack = BuiltInPacks.DEFAULT;

  /** The pack's file, when the pack is a user's file (an input the report must not replace); otherwise null. */
  public Path file(Context context) {
    return fileOf(pack, context);
  }

  /** The file a pack named on the command line is read from, or null for a built-in id. */
  public static Path fileOf(String idOrFile, Context context) {
    return fileOf(idOrFile, context.workingDirectory());
  }

  /** The file a pack named on the command line is read from, or null for a built-in id. */
  public static Path fileOf(String idOrFile, Path workingDirectory) {
    Path file;
    try {
      file = workingDirectory.resolve(idOrFile);
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
    return Files.isRegularFile(file) ? file : null;
  }

  public Pack resolve(Context context) {
    return load(pack, context);
  }

  /** An existing file is read as a user's pack; otherwise the text is a built-in id. */
  public static Pack load(String idOrFile, Context context) {
    Path file = context.workingDirectory().resolve(idOrFile);
    if (Files.isDirectory(file) || Files.isRegularFile(file) || idOrFile.endsWith(".yaml")
        || idOrFile.endsWith(".yml")) {
      return PackLoader.fromPath(file, idOrFile);
    }
    return PackLoader.builtIn(idOrFile);
  }
}
