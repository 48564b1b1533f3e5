package org.zhidu.cli.options;

import java.nio.file.Path;
import org.zhidu.cli.Context;
import org.zhidu.core.office.Office;
import org.zhidu.policies.office.OfficeLoader;
import picocli.CommandLine.Option;

/** {@code --office FILE}: the office file (sections, people, absences), read strictly. */
public final class OfficeOption {

  @Option(names = "--office", paramLabel = "FILE", required = true, descriptionKey = "option.office")
  Path file;

  public Path file() {
    return file;
  }

  public Office load(Context context) {
    return load(context, file);
  }

  /** An office file named on the command line in another way (an optional option). */
  public static Office load(Context context, Path path) {
    return OfficeLoader.load(context.workingDirectory().resolve(path), path.toString());
  }
}
