package org.zhidu.cli.input;

import java.nio.file.Path;
import org.zhidu.cli.Context;
import org.zhidu.core.register.Schema;
import org.zhidu.core.register.Table;

/** A CSV file of the user's read as a table of a schema: decoded (UTF-8 or GB18030), then read by core's tokenizer. */
public final class TableFile {

  private TableFile() {}

  /**
   * @param path the file as the user wrote it (relative to the working directory), which is how locations name it
   */
  public static Table read(Context context, Path path, Schema schema) {
    String shown = path.toString();
    return Table.read(shown, TextDecoding.read(context.workingDirectory().resolve(path), shown), schema);
  }
}
