package org.zhidu.policies.register;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.register.Recognition;
import org.zhidu.core.register.RegisterChecker;
import org.zhidu.core.register.RegisterReport;
import org.zhidu.core.register.Schema;
import org.zhidu.policies.Pack;
import org.zhidu.policies.TextInput;

/**
 * Checks a register exported as CSV (G1–G13) from a file, a stream or a reader, as {@code zhidu registers check}
 * does: the text is read as {@link TextInput} reads it and checked by core's {@link RegisterChecker}. Rows already
 * in memory go to {@link RegisterChecker#check(String, List, List, Schema, LocalDate)} directly.
 *
 * <p>Stateless: every method may be called from any number of threads at once, with the same pack and schemas.
 */
public final class Registers {

  private Registers() {}

  /**
   * A register of a pack by its id ({@code G1} 收文登记, …), ignoring case.
   *
   * @param pack the pack whose registers are searched
   * @param id the register's id
   * @return the schema, or empty when the pack has no such register
   */
  public static Optional<Schema> schema(Pack pack, String id) {
    return pack.registers().stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
  }

  /**
   * Which of the schemas a register's text is, by its header.
   *
   * @param source how locations name the register
   * @param text the CSV text, header first
   * @param schemas the registers it may be ({@code pack.registers()}, perhaps with the caller's own)
   * @return the one recognised, several that fit equally, or the closest with what they lack
   * @throws InputException when the text has no header
   */
  public static Recognition recognise(String source, String text, List<Schema> schemas) {
    return RegisterChecker.recognise(RegisterChecker.header(source, text), schemas);
  }

  /**
   * Checks a register's decoded text.
   *
   * @param source how locations name the register
   * @param text the CSV text, header first
   * @param schema the register's schema
   * @param asOf the day by which things lent should be back (G6)
   * @return the rows counted and every finding, at its line, column and field
   * @throws InputException when the text has no header or the header does not fit the schema
   */
  public static RegisterReport check(String source, String text, Schema schema, LocalDate asOf) {
    long day = asOf.getYear() * 10000L + asOf.getMonthValue() * 100L + asOf.getDayOfMonth();
    return RegisterChecker.check(source, text, schema, day, 0);
  }

  /**
   * Checks a register from a reader; the reader is not closed.
   *
   * @param source how locations name the register
   * @param in the CSV's characters, header first
   * @param schema the register's schema
   * @param asOf the day by which things lent should be back (G6)
   * @return the rows counted and every finding
   * @throws InputException when the text has no header or the header does not fit the schema
   * @throws java.io.UncheckedIOException when reading fails
   */
  public static RegisterReport check(String source, Reader in, Schema schema, LocalDate asOf) {
    return check(source, TextInput.read(in), schema, asOf);
  }

  /**
   * Checks a register from a stream of bytes, UTF-8 or GB18030; the stream is not closed.
   *
   * @param source how locations name the register
   * @param in the CSV's bytes, header first
   * @param schema the register's schema
   * @param asOf the day by which things lent should be back (G6)
   * @return the rows counted and every finding
   * @throws InputException when the bytes are neither UTF-8 nor GB18030, or the header does not fit the schema
   * @throws java.io.UncheckedIOException when reading the stream fails
   */
  public static RegisterReport check(String source, InputStream in, Schema schema, LocalDate asOf) {
    return check(source, TextInput.read(in, source), schema, asOf);
  }

  /**
   * Checks a register's file, UTF-8 or GB18030.
   *
   * @param file the CSV file
   * @param schema the register's schema
   * @param asOf the day by which things lent should be back (G6)
   * @return the rows counted and every finding, located in {@code file}
   * @throws InputException when the file cannot be read, or its header does not fit the schema
   */
  public static RegisterReport check(Path file, Schema schema, LocalDate asOf) {
    String shown = file.toString();
    return check(shown, TextInput.read(file, shown), schema, asOf);
  }
}
