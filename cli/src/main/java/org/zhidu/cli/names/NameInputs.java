package org.zhidu.cli.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.register.TextPart;
import org.zhidu.core.register.Utf8;

/**
 * Collects the names to check: files given directly, the files of a folder (descending with --recursive), or the
 * lines of standard input. A PATH that is, or passes through, a symbolic link is refused, however it is spelled
 * ({@code link/.}, {@code link/../x}, a trailing slash); inside a folder, hidden entries (starting with a dot) and
 * symbolic links are passed over, so a link never leads a rename out of the tree. Entries are visited in name
 * order, so output is the same on every machine. What the walk cannot read (a name that is not UTF-8, a folder
 * without read permission, a path longer than the system allows) is never dropped silently: it is kept as
 * {@link Unread}, for the command to say.
 */
final class NameInputs {

  static final String STDIN = "<stdin>";

  /** The longest path Linux opens (PATH_MAX, terminating NUL included). */
  private static final int PATH_MAX = 4096;

  private NameInputs() {}

  /** An entry of a folder that could not be read: the folder as shown, and why. */
  record Unread(String folder, Message why) {}

  /** The names found, and what the walk could not read. */
  record Found(List<NameInput> names, List<Unread> unread) {
    Found {
      names = List.copyOf(names);
      unread = List.copyOf(unread);
    }
  }

  /**
   * @param insideTree whether every PATH must lie inside the working directory (real paths), as for a rename
   */
  static Found fromPaths(List<String> paths, boolean recursive, Path workingDirectory, boolean insideTree) {
    List<NameInput> out = new ArrayList<>();
    List<Unread> unread = new ArrayList<>();
    for (String shown : paths) {
      Path path;
      try {
        path = workingDirectory.resolve(shown);
      } catch (InvalidPathException e) {
        throw new InputException(new Location(shown, 0, 0, null), Message.of("input.not_found"));
      }
      refuseLinks(shown, workingDirectory);
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new InputException(new Location(shown, 0, 0, null), Message.of("input.not_found"));
      }
      if (insideTree) {
        refuseOutside(shown, path, workingDirectory);
      }
      if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        out.add(new NameInput(shown, path, path.getFileName().toString(), 0));
      } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        walk(path, trimSlash(shown), recursive, out, unread, null);
      } else {
        throw new InputException(new Location(shown, 0, 0, null), Message.of("input.not_regular"));
      }
    }
    return new Found(out, unread);
  }

  /**
   * Refuses a PATH whose spelling goes through a symbolic link anywhere below the working directory: each part is
   * looked at as the file system resolves it, so {@code link/.} and {@code link/..} are the link, not what a
   * lexical clean-up would make of them. The working directory and the folders above it are how the way to the
   * tree is spelled, and are not looked at.
   */
  /**
   * Says on standard error, naming the folder, each entry the walk could not read.
   *
   * @return whether there was any (the run then ends with exit code 2: the input could not be used whole)
   */
  static boolean tell(List<Unread> unread, Texts texts, PrintWriter err) {
    for (Unread u : unread) {
      err.println(texts.get("names.unread", u.folder(), texts.message(u.why())));
    }
    err.flush();
    return !unread.isEmpty();
  }

  private static void refuseLinks(String shown, Path workingDirectory) {
    Path typed = Path.of(shown);
    Path tree = workingDirectory.toAbsolutePath().normalize();
    Path at = typed.isAbsolute() ? typed.getRoot() : workingDirectory.toAbsolutePath();
    Path as = typed.isAbsolute() ? typed.getRoot() : null;
    int parts = typed.getNameCount();
    for (int i = 0; i < parts; i++) {
      Path part = typed.getName(i);
      at = at.resolve(part);
      as = as == null ? part : as.resolve(part);
      // no link has been passed so far, so the lexical clean-up says where the file system is
      if (tree.startsWith(at.normalize())) {
        continue;
      }
      if (Files.isSymbolicLink(at)) {
        throw new InputException(new Location(shown, 0, 0, null), i == parts - 1
            ? Message.of("input.symlink")
            : Message.of("input.through_symlink", as.toString()));
      }
    }
  }

  /** Refuses a PATH whose real path lies outside the working directory's real path. */
  private static void refuseOutside(String shown, Path path, Path workingDirectory) {
    Path real;
    Path tree;
    try {
      real = path.toRealPath();
      tree = workingDirectory.toRealPath();
    } catch (IOException e) {
      throw new InputException(new Location(shown, 0, 0, null), Message.of("input.not_found"));
    }
    if (!real.startsWith(tree)) {
      throw new InputException(new Location(shown, 0, 0, null),
          Message.of("names.fix.outside_tree", real.toString(), tree.toString()));
    }
  }

  /**
   * @param parent the folder above as shown, or {@code null} for a folder given on the command line (which, unread,
   *     stops the run)
   */
  private static void walk(
      Path folder, String shown, boolean recursive, List<NameInput> out, List<Unread> unread, String parent) {
    String where = shown.isEmpty() ? "." : shown;
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path entry : stream) {
        if (!entry.getFileName().toString().startsWith(".")) {
          entries.add(entry);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
      if (parent == null) {
        throw new InputException(new Location(where, 0, 0, null), why(folder, where, cause));
      }
      unread.add(new Unread(parent, why(folder, RawFileName.shown(folder), cause)));
      return;
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        unread.add(new Unread(where, why(entry, RawFileName.shown(entry), e)));
        continue;
      }
      boolean wanted = attributes.isRegularFile() || recursive && attributes.isDirectory();
      if (wanted && !RawFileName.isUtf8(entry)) {
        // its name as a string names another file, or none: it can be neither checked nor renamed
        unread.add(new Unread(where, Message.of("names.unread.not_utf8", RawFileName.shown(entry))));
        continue;
      }
      String child = shown.isEmpty() ? name : shown + "/" + name;
      if (attributes.isRegularFile()) {
        out.add(new NameInput(child, entry, name, 0));
      } else if (recursive && attributes.isDirectory()) {
        walk(entry, child, true, out, unread, where);
      }
    }
  }

  /** Why an entry could not be read, naming it as {@code name}. */
  private static Message why(Path path, String name, IOException e) {
    int length = path.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8).length;
    if (length >= PATH_MAX) {
      return Message.of("names.unread.too_long", name, Integer.toString(length), Integer.toString(PATH_MAX - 1));
    }
    if (e instanceof AccessDeniedException) {
      return Message.of("names.unread.denied", name);
    }
    String reason = e instanceof FileSystemException f && f.getReason() != null
        ? f.getReason() : e.getClass().getSimpleName();
    return Message.of("names.unread.other", name, reason);
  }

  private static String trimSlash(String shown) {
    String s = shown;
    while (s.length() > 1 && (s.endsWith("/") || s.endsWith("\\"))) {
      s = s.substring(0, s.length() - 1);
    }
    return s.equals(".") ? "" : s;
  }

  /** Standard input's bytes, read to the end. */
  static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The names of standard input's bytes, one a line (ended by LF, CR LF or a CR alone): UTF-8 (with or without a
   * BOM), else as {@link TextDecoding} reads them. Blank lines are passed over but still counted, so line numbers
   * match the input.
   */
  static List<NameInput> fromStdin(byte[] bytes) {
    List<NameInput> names = utf8Lines(bytes, TextPart.hasBom(bytes) ? 3 : 0, bytes.length, 1, true);
    return names != null ? names : lines(TextDecoding.decode(bytes, STDIN));
  }

  /**
   * Standard input's lines in parts of {@code linesPerPart}, each part's names decoded only when it is asked for, so
   * that a long batch is decoded by the threads that check it and its names are let go part by part; {@code null}
   * when the bytes are not all UTF-8 ({@link #fromStdin(byte[])} then reads them whole, as another encoding or to say
   * where they go wrong).
   */
  static StdinParts stdinParts(byte[] bytes, int linesPerPart) {
    int start = TextPart.hasBom(bytes) ? 3 : 0;
    if (Utf8.firstBad(bytes, start, bytes.length) >= 0) {
      return null;
    }
    List<Integer> starts = new ArrayList<>();
    int lines = 0;
    int i = start;
    while (i < bytes.length) {
      if (lines % linesPerPart == 0) {
        starts.add(i);
      }
      lines++;
      i = nextLine(bytes, lineEnd(bytes, i, bytes.length), bytes.length);
    }
    int[] from = new int[starts.size() + 1];
    for (int k = 0; k < starts.size(); k++) {
      from[k] = starts.get(k);
    }
    from[starts.size()] = bytes.length;
    return new StdinParts(bytes, from, linesPerPart, lines);
  }

  /**
   * Standard input's lines in parts.
   *
   * @param bytes the UTF-8 bytes
   * @param from where each part begins, and after the last, the end
   * @param linesPerPart the lines of each part but the last
   * @param lines the lines in all, blank ones included
   */
  record StdinParts(byte[] bytes, int[] from, int linesPerPart, int lines) {

    int count() {
      return from.length - 1;
    }

    /** The names of part {@code k}, decoded now. */
    List<NameInput> part(int k) {
      return utf8Lines(bytes, from[k], from[k + 1], k * linesPerPart + 1, false);
    }
  }

  /**
   * The names of the lines of UTF-8 text from {@code from} to {@code to}, each line decoded on its own (no copy of the
   * whole text is made to be cut up); when {@code checked}, {@code null} as soon as a line is not UTF-8 or holds
   * U+FFFD, for {@link TextDecoding#decode} to tell which it is.
   */
  private static List<NameInput> utf8Lines(byte[] bytes, int from, int to, int firstLine, boolean checked) {
    List<NameInput> out = new ArrayList<>();
    int line = firstLine - 1;
    int start = from;
    while (start < to) {
      int end = lineEnd(bytes, start, to);
      line++;
      String name = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      if (checked && name.indexOf('\uFFFD') >= 0) {
        return null;
      }
      if (!name.isBlank()) {
        out.add(new NameInput(null, null, name, line));
      }
      start = nextLine(bytes, end, to);
    }
    return out;
  }

  /**
   * Where the line from {@code start} ends: at LF, CR LF or a CR alone (old Mac text, as Excel for Mac saves it: read
   * as one name, it would be every name at line 1 glued by control characters). A byte of a character in UTF-8 is
   * never one of them.
   */
  private static int lineEnd(byte[] bytes, int start, int to) {
    int end = start;
    while (end < to && bytes[end] != '\n' && bytes[end] != '\r') {
      end++;
    }
    return end;
  }

  /** Where the next line begins after a line ending at {@code end}: past its LF, CR LF or CR. */
  private static int nextLine(byte[] bytes, int end, int to) {
    return end + 1 < to && bytes[end] == '\r' && bytes[end + 1] == '\n' ? end + 2 : end + 1;
  }

  private static List<NameInput> lines(String text) {
    List<NameInput> out = new ArrayList<>();
    int line = 0;
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      line++;
      String name = text.substring(start, end);
      if (!name.isBlank()) {
        out.add(new NameInput(null, null, name, line));
      }
      start = end + 1 < n && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
    }
    return out;
  }
}
