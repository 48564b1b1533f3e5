package org.zhidu.cli.names;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A rename that never overwrites. {@code Files.move} with ATOMIC_MOVE replaces an existing target, and a plain
 * move checks and then renames (a race); a hard link fails when the target exists, so link-then-delete is a
 * no-clobber rename on one file system. Where hard links are not supported, a plain move is the fallback. A
 * rename that changes only case or normalisation goes through a temporary name, since a case-insensitive file
 * system would see the target as the file itself.
 */
final class SafeRename {

  private SafeRename() {}

  /**
   * Renames {@code from} to {@code to} in the same folder.
   *
   * @param caseOnly whether the two names are the same file on a case-insensitive file system
   * @throws FileAlreadyExistsException when the target exists
   */
  static void rename(Path from, Path to, boolean caseOnly) throws IOException {
    if (Files.isSymbolicLink(from) || !Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(from.toString(), null, "not a regular file");
    }
    if (!caseOnly) {
      noClobber(from, to);
      return;
    }
    Path temporary = from.resolveSibling(".zhidu-rename-" + Long.toHexString(System.nanoTime()) + ".tmp");
    noClobber(from, temporary);
    try {
      noClobber(temporary, to);
    } catch (IOException e) {
      noClobber(temporary, from);
      throw e;
    }
  }

  private static void noClobber(Path from, Path to) throws IOException {
    try {
      Files.createLink(to, from);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(to.toString());
      }
      Files.move(from, to);
      return;
    }
    Files.delete(from);
  }
}
