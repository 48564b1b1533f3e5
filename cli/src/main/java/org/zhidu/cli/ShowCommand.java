package org.zhidu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import org.zhidu.cli.options.ShowOptions;
import picocli.CommandLine.Mixin;

/**
 * A command that shows or explains rather than checks ({@code names explain}, {@code policies show|explain}):
 * {@code --format text|json} and {@code -o/--output}, the report written whole or not at all.
 */
public abstract class ShowCommand extends AreaCommand {

  @Mixin protected ShowOptions show;

  @Override
  public final Integer call() throws IOException {
    return show.write(context, spec.commandLine().getOut(), inputs(), this::write);
  }

  /** The files the command reads, which {@code --output} must not replace (nulls are passed over). */
  protected abstract Collection<Path> inputs();

  /** Writes the report and returns the exit code. */
  protected abstract int write(PrintWriter out) throws IOException;
}
