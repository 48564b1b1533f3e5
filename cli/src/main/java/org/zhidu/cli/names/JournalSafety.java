package org.zhidu.cli.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;

/**
 * What a journal may ask of undo, checked before anything is looked at: the tree it was made in is the one undo
 * runs in, every folder resolves (its real path) inside that tree and undo renames in that real path, and every name is a plain file name
 * (no separator, no "." or "..", no NUL). A hand-edited journal that asks for anything else is refused whole, naming
 * the entry, and nothing is renamed.
 */
final class JournalSafety {

  private JournalSafety() {}

  /**
   * @param workingDirectory where undo runs
   * @param shownAs the journal as the user named it
   * @return each entry's folder as its real path, in order: undo renames there, not through the journal's text
   * @throws InputException at the first entry that could move a file outside the tree
   */
  static List<Path> check(RenameJournal journal, Path workingDirectory, String shownAs) {
    return check(journal, workingDirectory, shownAs, new RenameJournal.Places(new int[] {0, 0}, List.of()));
  }

  /**
   * The same, each refusal said at the line and column of the entry refused.
   *
   * @param places where the journal's entries stand in its file
   */
  static List<Path> check(RenameJournal journal, Path workingDirectory, String shownAs, RenameJournal.Places places) {
    Path root = realPath(journal.workingDirectory(), shownAs, 0, places);
    Path here = realPath(workingDirectory.toString(), shownAs, 0, places);
    if (!root.equals(here)) {
      int[] at = places.of(0);
      throw new InputException(new Location(shownAs, at[0], at[1], "workingDirectory"),
          Message.of("names.undo.other_tree", root.toString(), here.toString()));
    }
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < journal.renames().size(); i++) {
      RenameJournal.Entry e = journal.renames().get(i);
      int number = i + 1;
      if (e == null) {
        throw unsafe(shownAs, number, places, "names.undo.not_a_name", "null");
      }
      if (!plainName(e.from()) || !plainName(e.to())) {
        String name = !plainName(e.from()) ? e.from() : e.to();
        throw unsafe(shownAs, number, places, "names.undo.not_a_name", String.valueOf(name));
      }
      Path folder = realPath(e.folder(), shownAs, number, places);
      if (!folder.startsWith(root)) {
        throw unsafe(shownAs, number, places, "names.undo.outside", folder.toString(), root.toString());
      }
      folders.add(folder);
    }
    return folders;
  }

  /** A file name and nothing else: no folder, no way up, nothing a file system would read as more. */
  static boolean plainName(String name) {
    if (name == null || name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
        || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
      return false;
    }
    try {
      return Path.of(name).getNameCount() == 1; // and a name this file system can hold at all
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  private static Path realPath(String path, String shownAs, int entry, RenameJournal.Places places) {
    if (path == null || path.indexOf('\0') >= 0) {
      throw unsafe(shownAs, entry, places, "names.undo.no_folder", String.valueOf(path));
    }
    try {
      Path p = Path.of(path);
      if (!p.isAbsolute() || !Files.isDirectory(p)) {
        throw unsafe(shownAs, entry, places, "names.undo.no_folder", path);
      }
      return p.toRealPath();
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw unsafe(shownAs, entry, places, "names.undo.no_folder", path);
    }
  }

  private static InputException unsafe(String shownAs, int entry, RenameJournal.Places places, String key,
      String... args) {
    String[] all = new String[args.length + 1];
    all[0] = Integer.toString(entry);
    System.arraycopy(args, 0, all, 1, args.length);
    int[] at = places.of(entry);
    return new InputException(new Location(shownAs, at[0], at[1], entry == 0 ? "workingDirectory" : "renames"),
        Message.of(key, all));
  }

  /** Whether two paths are one file (a case-only rename seen from both names on a case-insensitive system). */
  static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a, LinkOption.NOFOLLOW_LINKS) && Files.exists(b, LinkOption.NOFOLLOW_LINKS)
          && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
