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
  private final java.io.OutputStream bytes;

  public ReportWriter(Writer out) {
    this(new Remembering(out), null);
  }

  /**
   * A writer whose text becomes UTF-8 bytes in {@code bytes} (standard output, a report's file), so that a report in
   * another encoding ({@code --encoding gbk}) can be written to the same stream, and text already encoded in UTF-8
   * ({@link #writeUtf8}) goes to it as it is.
   */
  public ReportWriter(Writer out, java.io.OutputStream bytes) {
    this(new Remembering(out), bytes);
  }

  /** A report written as UTF-8 to {@code out}. */
  public ReportWriter(java.io.OutputStream out) {
    this(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), out);
  }

  private ReportWriter(Remembering sink, java.io.OutputStream bytes) {
    super(sink);
    this.sink = sink;
    this.bytes = bytes;
  }

  /**
   * Writes text already encoded in UTF-8 after everything written before it (a long report made on several threads
   * is encoded there, not again here); a writer without a byte stream decodes it and writes the text. A failure is
   * kept as any other write's.
   */
  public static void writeUtf8(PrintWriter writer, byte[] utf8, int offset, int length) {
    if (writer instanceof ReportWriter r && r.bytes != null) {
      r.flush();
      try {
        r.bytes.write(utf8, offset, length);
      } catch (IOException e) {
        r.sink.kept(e);
        r.setError();
      }
      return;
    }
    writer.write(new String(utf8, offset, length, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The byte stream beneath, or {@code null} when the text goes elsewhere (a test's string). */
  java.io.OutputStream bytes() {
    return bytes;
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
