package org.zhidu.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;

/**
 * Where a report goes: standard output, or {@code --output FILE}, written to a temporary file beside it and moved
 * into place only when complete, so a failed run never leaves half a report. A symbolic link is written through (the
 * file it names is replaced, the link kept); a pipe or a device ({@code /dev/null}) is written to directly, never
 * replaced by a file.
 */
public final class ReportTarget implements AutoCloseable {

  /** rw-r--r--: what a new file gets under the usual umask 022 (the umask still narrows it, as for any file). */
  private static final String REPORT_PERMISSIONS = "rw-r--r--";

  private final PrintWriter writer;
  private final Path file;
  private final Path temporary;
  /** Written in place: a pipe or a device, which no file may replace. */
  private final boolean direct;

  private ReportTarget(PrintWriter writer, Path file, Path temporary, boolean direct) {
    this.writer = writer;
    this.file = file;
    this.temporary = temporary;
    this.direct = direct;
  }

  public static ReportTarget open(PrintWriter stdout, Path output) {
    return open(stdout, output, StandardCharsets.UTF_8);
  }

  /**
   * The report in an encoding: UTF-8, or another ({@code --encoding gbk}) for standard output's bytes or the file,
   * without the byte-order mark and refusing a character the encoding cannot hold ({@link EncodedWriter}).
   */
  public static ReportTarget open(PrintWriter stdout, Path output, Charset charset) {
    return open(stdout, output, charset, output == null ? null : output.toString());
  }

  /**
   * The same, the file named in messages as the user gave it ({@code shown}).
   *
   * @param shown the file as given on the command line
   */
  public static ReportTarget open(PrintWriter stdout, Path output, Charset charset, String shown) {
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    if (output == null) {
      if (utf8) {
        return new ReportTarget(stdout, null, null, false);
      }
      stdout.flush();
      java.io.OutputStream bytes = stdout instanceof ReportWriter r ? r.bytes() : null;
      Writer w = bytes != null ? EncodedWriter.toBytes(bytes, charset, charset.name(), false)
          : EncodedWriter.toText(stdout, charset, charset.name());
      return new ReportTarget(new ReportWriter(w), null, null, false);
    }
    try {
      Path target = output;
      if (Files.isSymbolicLink(output)) {
        if (!Files.exists(output)) {
          throw new InputException(new Location(output.toString(), 0, 0, "--output"),
              Message.of("output.dangling_link"));
        }
        target = output.toRealPath(); // the link stays; the file it names gets the report
      }
      if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
        if (utf8) {
          return new ReportTarget(new ReportWriter(new java.io.BufferedOutputStream(
              Files.newOutputStream(target, StandardOpenOption.WRITE), 1 << 16)), target, null, true);
        }
        Writer w = EncodedWriter.toBytes(Files.newOutputStream(target, StandardOpenOption.WRITE), charset,
            charset.name(), true);
        return new ReportTarget(new ReportWriter(w), target, null, true);
      }
      refuseUnusable(target, shown);
      Path dir = target.toAbsolutePath().getParent();
      Path temporary;
      try {
        temporary = createTemporary(dir);
      } catch (IOException e) {
        // the report is made beside its file and moved into place: said of the folder, not of that passing file
        String reason = e instanceof AccessDeniedException ? "@output.reason.denied"
            : e instanceof NoSuchFileException ? "@output.reason.missing"
            : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
            : e.getClass().getSimpleName();
        throw new InputException(new Location(shown, 0, 0, "--output"),
            Message.of("output.folder_unwritable", dir.toString(), reason));
      }
      if (utf8) {
        return new ReportTarget(new ReportWriter(new java.io.BufferedOutputStream(
            Files.newOutputStream(temporary), 1 << 16)), target, temporary, false);
      }
      Writer w = EncodedWriter.toBytes(new java.io.BufferedOutputStream(Files.newOutputStream(temporary)), charset,
          charset.name(), true);
      return new ReportTarget(new ReportWriter(w), target, temporary, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses a report's file that cannot be one, before any work is done for it: a folder, or a file in a folder that
   * does not exist (or is a file).
   *
   * @param target the file, resolved against the working directory
   * @param shown the file as given on the command line
   * @throws InputException naming the file as given
   */
  public static void refuseUnusable(Path target, String shown) {
    Location named = new Location(shown, 0, 0, "--output");
    if (Files.isDirectory(target)) {
      throw new InputException(named, Message.of("output.is_folder"));
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new InputException(named, Message.of("output.no_folder", String.valueOf(dir)));
    }
  }

  /**
   * The temporary file, made with the permissions an ordinary new file gets (rw-r--r-- under umask 022) rather than
   * the owner-only ones of {@code Files.createTempFile}, since it becomes the report.
   */
  private static Path createTemporary(Path dir) throws IOException {
    boolean posix = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    for (int attempt = 0; ; attempt++) {
      // a name nobody guesses is not needed: the file is created only if it does not exist
      Path candidate = dir.resolve(".zhidu-report-"
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return posix
            ? Files.createFile(candidate,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(REPORT_PERMISSIONS)))
            : Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  public PrintWriter writer() {
    return writer;
  }

  /** Whether the report goes to standard output (so a closing summary must not mix into it for machines). */
  public boolean isStdout() {
    return file == null;
  }

  /**
   * Completes the report: moves the file into place. A write that failed on the way (a full disk, a closed pipe),
   * which a print writer only notes, is a {@link ReportNotWritten}: the file is not put in place.
   */
  public void commit() {
    writer.flush();
    if (file == null) {
      if (writer.checkError() && !ReportWriter.readerGone(writer)) {
        throw new ReportNotWritten(null, failure(writer));
      }
      return;
    }
    writer.close();
    if (writer.checkError()) {
      throw new ReportNotWritten(file.toString(), failure(writer));
    }
    if (direct) {
      return;
    }
    try {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Why the writer failed, when it kept the reason. */
  private static IOException failure(PrintWriter writer) {
    return Colour.unwrap(writer) instanceof ReportWriter kept ? kept.failure() : null;
  }

  @Override
  public void close() {
    if (file == null) {
      writer.flush();
      return;
    }
    writer.close();
    if (direct) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // the temporary file is only left behind; the report itself was moved or never completed
    }
  }
}
