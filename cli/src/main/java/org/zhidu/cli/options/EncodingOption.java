package org.zhidu.cli.options;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --encoding utf-8|gbk}: the bytes of a CSV report. UTF-8 with a byte-order mark by default, which Excel
 * opens as UTF-8; GBK (no mark) for an office whose Excel opens every CSV as GBK. A character GBK cannot hold stops
 * the report with its name, never a silent "?". Only CSV takes it: JSON, HTML and calendars are UTF-8 by their
 * standards.
 */
public final class EncodingOption {

  /** GBK as Java names it (code page 936, the encoding of a Chinese Windows' Excel). */
  static final Charset GBK = Charset.forName("GBK");

  @Option(names = "--encoding", paramLabel = "utf-8|gbk", converter = EncodingConverter.class,
      descriptionKey = "option.encoding")
  Charset encoding;

  /**
   * The encoding of the report: the one asked for when the report is a CSV, UTF-8 otherwise; GBK asked for a
   * report of another format is a usage error naming the format.
   */
  public Charset charset(boolean csv, String format) {
    if (encoding == null || encoding.equals(StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    if (!csv) {
      throw new InputException(new Location(null, 0, 0, "--encoding"), Message.of("option.encoding_csv_only",
          format));
    }
    return encoding;
  }

  /** utf-8 (utf8) or gbk, in any case. */
  public static final class EncodingConverter implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "utf-8", "utf8" -> StandardCharsets.UTF_8;
        case "gbk", "cp936" -> GBK;
        default -> throw new TypeConversionException("option.value.encoding");
      };
    }
  }
}
