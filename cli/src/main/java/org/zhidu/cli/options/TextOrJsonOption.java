package org.zhidu.cli.options;

import org.zhidu.cli.output.TextOrJson;
import picocli.CommandLine.Option;

/** {@code --format text|json}: the format of a command that shows or explains rather than checks. */
public final class TextOrJsonOption {

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      descriptionKey = "option.format.text_json")
  TextOrJson format = TextOrJson.TEXT;

  public boolean json() {
    return format == TextOrJson.JSON;
  }
}
