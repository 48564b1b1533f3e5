package org.zhidu.cli.options;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import org.zhidu.cli.Context;
import picocli.CommandLine.Mixin;

/** What a command that shows or explains shares: {@code --format text|json} and {@code -o/--output}. */
public final class ShowOptions {

  @Mixin TextOrJsonOption format;

  @Mixin OutputOption output;

  public boolean json() {
    return format.json();
  }

  /** Writes the report to standard output or the file given; see {@link OutputOption#write}. */
  public int write(Context context, PrintWriter stdout, Collection<Path> inputs, OutputOption.Report report)
      throws IOException {
    return output.write(context, stdout, inputs, report);
  }
}
