package org.zhidu.cli.names;

import java.nio.file.Path;

/**
 * One name to check.
 *
 * @param shownAs the path as the user will recognise it (what they typed, joined with the file's name), or
 *     {@code null} for a name read from standard input
 * @param file the file on disk, or {@code null} for standard input
 * @param fileName the file name, extension included
 * @param line the line of standard input it was read from, or 0 for a file
 */
record NameInput(String shownAs, Path file, String fileName, int line) {

  /** The label of the name in reports: its path, or {@code <stdin>:LINE}. */
  String label() {
    return shownAs != null ? shownAs : NameInputs.STDIN + ":" + line;
  }
}
