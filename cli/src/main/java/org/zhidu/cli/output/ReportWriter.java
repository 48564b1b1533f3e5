package org.zhidu.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A report's writer that keeps why a write failed: a {@link PrintWriter} only notes that one did ({@link
 * #checkError()}), and a full disk would pass for a report written.
 */
public final class ReportWriter extends PrintWriter {

  private final Remembering sink;

  public ReportWriter(Writer out) {
    this(new Remembering(out));
  }

  private ReportWriter(Remembering sink) {
    super(sink);
    this.sink = sink;
  }

  /**
   * Whether the writes failed because the reader went away ({@code zhidu … | head}): the reader chose to stop, so the
   * run says nothing of it and keeps its exit code, as a command killed by SIGPIPE says nothing.
   */
  public static boolean readerGone(PrintWriter writer) {
    writer = Colour.unwrap(writer);
    if (!(writer instanceof ReportWriter r) || r.failure() == null || r.failure().getMessage() == null) {
      return false;
    }
    String message = r.failure().getMessage();
    return message.contains("Broken pipe") || message.contains("pipe is being closed");
  }

  /** The first write that failed, or {@code null}. */
  public IOException failure() {
    return sink.failure;
  }

  /** Passes every call on, remembering the first exception before the print writer swallows it. */
  private static final class Remembering extends Writer {
    private final Writer out;
    private IOException failure;

    Remembering(Writer out) {
      this.out = out;
    }

    private IOException kept(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      try {
        out.write(buffer, offset, length);
      } catch (IOException e) {
        throw kept(e);
      }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      try {
        out.write(text, offset, length);
      } catch (IOException e) {
        throw kept(e);
      }
    }

    @Override
    public void write(int c) throws IOException {
      try {
        out.write(c);
      } catch (IOException e) {
        throw kept(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw kept(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw kept(e);
      }
    }
  }
}
