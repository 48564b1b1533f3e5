package org.zhidu.cli.names;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;

/**
 * File names are read through the JVM's file-name encoding, which follows the locale: under {@code LANG=C} every
 * Chinese name comes back as question marks, so a check would report nonsense and a fix would rename the wrong
 * names. A names command that reads folders refuses to run then, and says how to run it (the launcher already
 * chooses a UTF-8 locale when it can).
 */
final class FileNameEncoding {

  private FileNameEncoding() {}

  /**
   * @param reads whether the command reads names from folders (not from standard input)
   * @throws InputException when file names cannot be read as UTF-8
   */
  static void require(boolean reads) {
    String jnu = System.getProperty("sun.jnu.encoding");
    if (!reads || jnu == null) {
      return;
    }
    Charset charset;
    try {
      charset = Charset.forName(jnu);
    } catch (IllegalArgumentException e) {
      charset = null;
    }
    if (!StandardCharsets.UTF_8.equals(charset)) {
      throw new InputException(Location.NOWHERE, Message.of("names.file_name_encoding", jnu));
    }
  }
}
