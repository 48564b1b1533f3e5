package org.zhidu.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;

/**
 * A report in an encoding other than UTF-8 ({@code --encoding gbk}, for an Excel that opens CSV as GBK): the
 * byte-order mark, which only UTF-8 readers want, is left out, and a character the encoding cannot hold stops the
 * report with a message naming it (never a silent "?"). Bytes go to a stream, or, where the report is captured as
 * text (a test), the text is passed on after the same check.
 */
final class EncodedWriter extends Writer {

  private final Writer out;
  private final CharsetEncoder encoder;
  private final String encoding;
  private final boolean closes;
  private boolean started;
  private char pendingHigh;

  private EncodedWriter(Writer out, Charset charset, String encoding, boolean closes) {
    this.out = out;
    this.encoder = charset.newEncoder();
    this.encoding = encoding;
    this.closes = closes;
  }

  /** Bytes to {@code bytes}, closed with the report when {@code closes} (a file), else only flushed (stdout). */
  static EncodedWriter toBytes(OutputStream bytes, Charset charset, String encoding, boolean closes) {
    return new EncodedWriter(new OutputStreamWriter(bytes, charset), charset, encoding, closes);
  }

  /** Text to a writer that holds text, checked as the encoding would be. */
  static EncodedWriter toText(Writer text, Charset charset, String encoding) {
    return new EncodedWriter(text, charset, encoding, false);
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    StringBuilder kept = new StringBuilder(length);
    for (int i = offset; i < offset + length; i++) {
      char c = buffer[i];
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          continue;
        }
      }
      if (Character.isHighSurrogate(c)) {
        pendingHigh = c;
        continue;
      }
      String unit = pendingHigh != 0 && Character.isLowSurrogate(c) ? new String(new char[] {pendingHigh, c})
          : String.valueOf(c);
      pendingHigh = 0;
      if (!encoder.canEncode(unit)) {
        throw new InputException(new Location(null, 0, 0, "--encoding"), Message.of("output.unencodable",
            unit, String.format("U+%04X", unit.codePointAt(0)), encoding));
      }
      kept.append(unit);
    }
    out.write(kept.toString());
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (closes) {
      out.close();
    } else {
      out.flush();
    }
  }
}
