package org.zhidu.cli.output;

import java.io.IOException;

/**
 * The report could not be written whole (a full disk, a closed pipe): zhidu did its work but the user does not have
 * it, which is never an exit code of success. {@code file} is the {@code --output} file, or {@code null} for
 * standard output; {@code cause} the system's reason when it is known.
 */
public final class ReportNotWritten extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;

  public ReportNotWritten(String file, IOException cause) {
    super(file == null ? "standard output" : file, cause);
    this.file = file;
  }

  /** The --output file, or {@code null} for standard output. */
  public String file() {
    return file;
  }

  /** The system's words for what went wrong ("No space left on device"), or {@code null}. */
  public String reason() {
    return getCause() == null ? null : getCause().getMessage();
  }
}
