package org.zhidu.cli.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;

/**
 * Collects the names to check: files given directly, the files of a folder (descending with --recursive), or the
 * lines of standard input. Hidden entries (starting with a dot) and symbolic links are passed over, so a link never
 * leads a rename out of the tree; entries are visited in name order, so output is the same on every machine.
 */
final class NameInputs {

  static final String STDIN = "<stdin>";

  private NameInputs() {}

  static List<NameInput> fromPaths(List<String> paths, boolean recursive, Path workingDirectory) {
    List<NameInput> out = new ArrayList<>();
    for (String shown : paths) {
      Path path = workingDirectory.resolve(shown);
      if (Files.isSymbolicLink(path)) {
        throw new InputException(new Location(shown, 0, 0, null), Message.of("input.symlink"));
      }
      if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        out.add(new NameInput(shown, path, path.getFileName().toString(), 0));
      } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        walk(path, trimSlash(shown), recursive, out);
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new InputException(new Location(shown, 0, 0, null), Message.of("input.not_regular"));
      } else {
        throw new InputException(new Location(shown, 0, 0, null), Message.of("input.not_found"));
      }
    }
    return out;
  }

  private static void walk(Path folder, String shown, boolean recursive, List<NameInput> out) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path entry : stream) {
        if (!entry.getFileName().toString().startsWith(".")) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      String child = shown.isEmpty() ? name : shown + "/" + name;
      if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
        out.add(new NameInput(child, entry, name, 0));
      } else if (recursive && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        walk(entry, child, true, out);
      }
    }
  }

  private static String trimSlash(String shown) {
    String s = shown;
    while (s.length() > 1 && (s.endsWith("/") || s.endsWith("\\"))) {
      s = s.substring(0, s.length() - 1);
    }
    return s.equals(".") ? "" : s;
  }

  /** One name per line; blank lines are passed over but still counted, so line numbers match the input. */
  static List<NameInput> fromStdin(InputStream in) {
    String text;
    try {
      text = TextDecoding.decode(in.readAllBytes(), STDIN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<NameInput> out = new ArrayList<>();
    int line = 0;
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      line++;
      int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      String name = text.substring(start, stop);
      if (!name.isBlank()) {
        out.add(new NameInput(null, null, name, line));
      }
      start = end + 1;
    }
    return out;
  }
}
