package org.zhidu.cli.rota;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format} for rota commands, in any case. */
final class RotaFormats implements ITypeConverter<RotaFormat> {
  @Override
  public RotaFormat convert(String value) {
    try {
      return RotaFormat.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + value + "' is not one of text, csv, json, ics, html");
    }
  }
}
