package org.zhidu.cli.options;

import org.zhidu.cli.output.FindingFormat;
import picocli.CommandLine.Option;

/** {@code --format text|json|sarif|junit|github}: how a checking command writes its findings. */
public final class FindingFormatOption {

  @Option(names = "--format", paramLabel = "text|json|sarif|junit|github", defaultValue = "text",
      descriptionKey = "option.format.findings")
  FindingFormat format = FindingFormat.TEXT;

  public FindingFormat format() {
    return format;
  }
}
