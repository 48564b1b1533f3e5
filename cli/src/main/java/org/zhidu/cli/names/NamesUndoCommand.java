package org.zhidu.cli.names;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.Visible;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu names undo JOURNAL}: restores the original names exactly. Every entry is checked before anything
 * is renamed: the journal must belong to this tree and name only files inside it ({@link JournalSafety}); each
 * renamed file must still be there, byte for byte, and its old name free; otherwise the undo is refused and nothing
 * changes. Entries that were never carried out (a run that stopped part-way) are passed over.
 */
@Command(name = "undo", mixinStandardHelpOptions = true)
public final class NamesUndoCommand extends AreaCommand {

  @Parameters(index = "0", paramLabel = "JOURNAL", descriptionKey = "names.undo.journal")
  String journalPath;

  @Override
  public Integer call() throws IOException {
    FileNameEncoding.require(true);
    Texts texts = context.texts();
    PrintWriter out = spec.commandLine().getOut();
    RenameJournal journal =
        RenameJournal.read(context.workingDirectory().resolve(journalPath), journalPath);
    // a hand-edited journal may ask for a move outside the tree: refused whole before anything is looked at
    List<Path> folders = JournalSafety.check(journal, context.workingDirectory(), journalPath,
        RenameJournal.Places.in(context.workingDirectory().resolve(journalPath)));

    List<RenameJournal.Entry> toUndo = new ArrayList<>();
    List<Path> toUndoIn = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    List<RenameJournal.Entry> halfDone = new ArrayList<>();
    List<Path> halfDoneIn = new ArrayList<>();
    List<Path> stranded = new ArrayList<>();
    List<Path> strandedTo = new ArrayList<>();
    int notDone = 0;
    for (int k = 0; k < journal.renames().size(); k++) {
      RenameJournal.Entry e = journal.renames().get(k);
      Path folder = folders.get(k);
      Path renamed = folder.resolve(e.to());
      Path original = folder.resolve(e.from());
      boolean renamedThere = Files.isRegularFile(renamed, LinkOption.NOFOLLOW_LINKS);
      // a case-only rename's original name is the renamed file itself on a case-insensitive file system; anywhere
      // else a file under that name is another file, and the name is taken
      boolean originalThere = Files.exists(original, LinkOption.NOFOLLOW_LINKS)
          && !(e.caseOnly() && JournalSafety.sameFile(original, renamed));
      if (renamedThere && !originalThere && sameFile(renamed, e)) {
        toUndo.add(e);
        toUndoIn.add(folder);
      } else if (!renamedThere && Files.isRegularFile(original, LinkOption.NOFOLLOW_LINKS)
          && sameFile(original, e)) {
        notDone++;
      } else if (renamedThere && !e.caseOnly() && Files.isRegularFile(original, LinkOption.NOFOLLOW_LINKS)
          && JournalSafety.sameFile(original, renamed) && sameFile(renamed, e)) {
        // stopped between the two steps of a no-clobber rename (the new name linked, the old not yet removed): the
        // one file under both names; undone by removing the new name, the old one keeping the file
        halfDone.add(e);
        halfDoneIn.add(folder);
      } else if (!renamedThere && !originalThere && e.caseOnly() && stranded(folder, e) != null) {
        // stopped between the two steps of a case-only rename: the file under the passing name alone
        Path passing = stranded(folder, e);
        stranded.add(passing);
        strandedTo.add(original);
      } else if (!renamedThere) {
        conflicts.add(texts.get("names.undo.missing", folder.resolve(e.to())));
      } else if (originalThere) {
        conflicts.add(texts.get("names.undo.occupied", folder.resolve(e.from())));
      } else {
        conflicts.add(texts.get("names.undo.changed", folder.resolve(e.to())));
      }
    }
    if (!conflicts.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(texts.get("names.undo.refused", journalPath, conflicts.size()));
      conflicts.forEach(c -> err.println("  " + Visible.of(c)));
      return ExitCode.INPUT;
    }
    if (toUndo.isEmpty() && halfDone.isEmpty() && stranded.isEmpty() && notDone > 0) {
      // every file has its old name again: undone before (or never renamed); saying "restored 0" would puzzle
      out.println(Visible.of(texts.get("names.undo.already", journalPath, notDone)));
      return ExitCode.OK;
    }
    int undone = 0;
    for (int i = 0; i < halfDone.size(); i++) {
      RenameJournal.Entry e = halfDone.get(i);
      try {
        // the old name is another name of the same file: removing the new one loses nothing
        Files.delete(halfDoneIn.get(i).resolve(e.to()));
      } catch (IOException ex) {
        return stopped(out, e, ex, undone);
      }
      out.println(Visible.of(texts.get("names.undo.restored", e.to(), e.from())));
      undone++;
    }
    for (int i = 0; i < stranded.size(); i++) {
      try {
        SafeRename.rename(stranded.get(i), strandedTo.get(i), false);
      } catch (IOException ex) {
        RenameJournal.Entry e = new RenameJournal.Entry(null, strandedTo.get(i).getFileName().toString(),
            stranded.get(i).getFileName().toString(), 0, "", false);
        return stopped(out, e, ex, undone);
      }
      out.println(Visible.of(texts.get("names.undo.restored", stranded.get(i).getFileName(),
          strandedTo.get(i).getFileName())));
      undone++;
    }
    for (int i = toUndo.size() - 1; i >= 0; i--) {
      RenameJournal.Entry e = toUndo.get(i);
      Path folder = toUndoIn.get(i);
      try {
        SafeRename.rename(folder.resolve(e.to()), folder.resolve(e.from()), e.caseOnly());
      } catch (IOException ex) {
        return stopped(out, e, ex, undone);
      }
      out.println(Visible.of(texts.get("names.undo.restored", e.to(), e.from())));
      undone++;
    }
    out.println(texts.get("names.undo.summary", undone, notDone));
    return ExitCode.OK;
  }

  /**
   * Says where undo stopped: something changed the tree while it ran. What is undone stays undone, and undo can be run
   * again.
   */
  private int stopped(PrintWriter out, RenameJournal.Entry e, IOException ex, int undone) {
    out.flush();
    spec.commandLine().getErr().println(Visible.of(context.texts().get("names.undo.stopped", e.to(), e.from(),
        String.valueOf(ex.getMessage()), undone, journalPath)));
    return ExitCode.INPUT;
  }

  /**
   * The passing name ({@code .zhidu-rename-*.tmp}, {@link SafeRename}) under which a case-only rename stopped between
   * its two steps left the entry's file, the same size and bytes; {@code null} when there is none.
   */
  private static Path stranded(Path folder, RenameJournal.Entry e) throws IOException {
    try (var entries = Files.newDirectoryStream(folder, ".zhidu-rename-*.tmp")) {
      for (Path p : entries) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && sameFile(p, e)) {
          return p;
        }
      }
    }
    return null;
  }

  private static boolean sameFile(Path file, RenameJournal.Entry e) throws IOException {
    return Files.size(file) == e.size() && RenameJournal.sha256(file).equals(e.sha256());
  }
}
