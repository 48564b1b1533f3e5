package org.zhidu.cli.score;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How scores are written. */
enum ScoreFormat {
  TEXT, JSON, CSV, HTML;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code --format} in any case. */
  static final class Converter implements ITypeConverter<ScoreFormat> {
    @Override
    public ScoreFormat convert(String value) {
      try {
        return valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not one of text, json, csv, html");
      }
    }
  }
}
