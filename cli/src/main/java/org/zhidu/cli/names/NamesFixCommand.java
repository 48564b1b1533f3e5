package org.zhidu.cli.names;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.PackOption;
import org.zhidu.cli.output.Visible;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.naming.NameChecker;
import org.zhidu.core.naming.RenamePlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu names fix}: the rename plan (old → new), changing nothing; with {@code --apply}, the renames,
 * journaled first. Never overwrites; a failure part-way stops with every file under its old or its new name and a
 * journal that undoes what was done.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false)
public final class NamesFixCommand extends AreaCommand {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  /**
   * The time zone of the journal's name and of its {@code created} field alike: Beijing time, which the offices
   * keep (the field says so with its offset, 2026-11-23T17:05:19+08:00).
   */
  private static final ZoneOffset STAMP_ZONE = ZoneOffset.ofHours(8);

  private static final DateTimeFormatter STAMP_ZONE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "names.paths")
  List<String> paths;

  @Option(names = {"-r", "--recursive"}, descriptionKey = "names.recursive")
  boolean recursive;

  @Option(names = "--apply", descriptionKey = "names.fix.apply")
  boolean apply;

  @Option(names = "--journal", paramLabel = "FILE", descriptionKey = "names.fix.journal")
  Path journal;

  @Mixin PackOption pack;

  @Override
  public Integer call() throws IOException {
    FileNameEncoding.require(true);
    Texts texts = context.texts();
    PrintWriter out = spec.commandLine().getOut();
    // every PATH inside this tree and through no link: the journal is undone only here, and a link leads out
    NameInputs.Found found = NameInputs.fromPaths(paths, recursive, context.workingDirectory(), true);
    List<CheckedName> names = CheckedName.checkAll(found.names(), new NameChecker(pack.resolve(context).naming()));

    Map<String, NameInput> byKey = new HashMap<>();
    List<RenamePlanner.Request> requests = new ArrayList<>();
    Map<String, Set<String>> existing = new HashMap<>();
    int unfixable = 0;
    for (CheckedName name : names) {
      String suggestion = name.report().suggestion();
      if (suggestion == null) {
        if (!name.report().valid()) {
          unfixable++;
          out.println(Visible.of(texts.get("names.fix.unfixable", name.input().label())));
        }
        continue;
      }
      Path folder = realPath(name.input()).getParent();
      String folderKey = folder.toString();
      existing.computeIfAbsent(folderKey, NamesFixCommand::listFolder);
      requests.add(new RenamePlanner.Request(folderKey, name.input().fileName(), suggestion));
      byKey.put(folderKey + "/" + name.input().fileName(), name.input());
    }
    RenamePlanner.Plan plan = RenamePlanner.plan(requests, existing);

    for (RenamePlanner.Request r : plan.renames()) {
      NameInput input = byKey.get(r.folder() + "/" + r.from());
      out.println(Visible.of(texts.get("names.fix.rename", input.label(), r.to())));
    }
    for (RenamePlanner.Skip skip : plan.skipped()) {
      NameInput input = byKey.get(skip.request().folder() + "/" + skip.request().from());
      // a rename of case or normalisation only looks like no rename at all: say what the other file is
      String reason = skip.request().caseOnly() && skip.reason() != RenamePlanner.SkipReason.DUPLICATE_TARGET
          ? "same_key" : skip.reason().name().toLowerCase(Locale.ROOT);
      out.println(Visible.of(texts.get("names.fix.skip." + reason, input.label(), skip.request().to(),
          skip.clashesWith())));
    }
    int remaining = unfixable + plan.skipped().size();
    if (!apply) {
      out.println(texts.get("names.fix.plan_summary", names.size(), plan.renames().size(), plan.skipped().size(),
          unfixable));
      return finish(found, remaining > 0 ? ExitCode.FINDINGS : ExitCode.OK);
    }
    if (plan.renames().isEmpty()) {
      out.println(texts.get("names.fix.nothing"));
      return finish(found, remaining > 0 ? ExitCode.FINDINGS : ExitCode.OK);
    }

    Path journalFile = journalFile();
    List<RenameJournal.Entry> entries = new ArrayList<>();
    for (RenamePlanner.Request r : plan.renames()) {
      Path from = Path.of(r.folder()).resolve(r.from());
      NameInput input = byKey.get(r.folder() + "/" + r.from());
      try {
        entries.add(new RenameJournal.Entry(
            r.folder(), r.from(), r.to(), Files.size(from), RenameJournal.sha256(from), r.caseOnly()));
      } catch (IOException e) {
        throw new InputException(new Location(input.label(), 0, 0, null), e instanceof AccessDeniedException
            ? Message.of("input.access_denied") : Message.of("names.fix.unreadable", reason(e)));
      }
    }
    String shownJournal = shown(journalFile);
    try {
      new RenameJournal(
          RenameJournal.FORMAT, 1, STAMP_ZONE_TIME.format(context.clock().instant().atOffset(STAMP_ZONE)
              .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
          context.workingDirectory().toString(), entries).write(journalFile);
    } catch (IOException e) {
      // before the first rename: nothing is changed, and the journal is named
      throw new InputException(new Location(shownJournal, 0, 0, null), e instanceof AccessDeniedException
          ? Message.of("names.journal.denied") : Message.of("names.journal.unwritable", reason(e)));
    }

    int done = 0;
    for (RenameJournal.Entry e : entries) {
      Path folder = Path.of(e.folder());
      try {
        SafeRename.rename(folder.resolve(e.from()), folder.resolve(e.to()), e.caseOnly());
        done++;
      } catch (FileAlreadyExistsException ex) {
        out.flush();
        spec.commandLine().getErr().println(Visible.of(texts.get("names.fix.failed", e.from(), e.to(),
            texts.get("names.fix.appeared"), done, shownJournal)));
        return finish(found, ExitCode.INPUT);
      } catch (IOException ex) {
        out.flush();
        spec.commandLine().getErr().println(Visible.of(texts.get("names.fix.failed", e.from(), e.to(),
            String.valueOf(ex.getMessage()), done, shownJournal)));
        return finish(found, ExitCode.INPUT);
      }
    }
    out.println(texts.get("names.fix.applied", done, shownJournal));
    return finish(found, remaining > 0 ? ExitCode.FINDINGS : ExitCode.OK);
  }

  /** The exit code, after saying what the walk could not read: then 2, since not every name was seen. */
  private int finish(NameInputs.Found found, int code) {
    spec.commandLine().getOut().flush();
    return NameInputs.tell(found.unread(), context.texts(), spec.commandLine().getErr())
        ? Math.max(code, ExitCode.INPUT) : code;
  }

  private static Path realPath(NameInput input) {
    try {
      return input.file().toRealPath();
    } catch (IOException e) {
      // gone since the folder was read
      throw new InputException(new Location(input.label(), 0, 0, null), Message.of("input.not_found"));
    }
  }

  private static String reason(IOException e) {
    return e instanceof FileSystemException f && f.getReason() != null
        ? f.getReason() : e.getClass().getSimpleName();
  }

  /** {@code --journal FILE}, or .zhidu/journal/names-yyyyMMdd-HHmmss.json in the working directory. */
  private Path journalFile() {
    if (journal != null) {
      Path file = context.workingDirectory().resolve(journal);
      if (Files.isDirectory(file)) {
        throw new InputException(new Location(journal.toString(), 0, 0, null), Message.of("input.is_directory"));
      }
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new InputException(new Location(journal.toString(), 0, 0, null),
            Message.of("names.journal.exists"));
      }
      return file;
    }
    Path dir = context.workingDirectory().resolve(".zhidu").resolve("journal");
    String stamp = STAMP.format(context.clock().instant().atOffset(STAMP_ZONE));
    Path file = dir.resolve("names-" + stamp + ".json");
    for (int i = 2; Files.exists(file); i++) {
      file = dir.resolve("names-" + stamp + "-" + i + ".json");
    }
    return file;
  }

  private String shown(Path file) {
    Path cwd = context.workingDirectory();
    return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
  }

  private static Set<String> listFolder(String folder) {
    try (Stream<Path> entries = Files.list(Path.of(folder))) {
      Set<String> names = new HashSet<>();
      entries.forEach(p -> names.add(p.getFileName().toString()));
      return names;
    } catch (IOException e) {
      throw new InputException(new Location(folder, 0, 0, null), e instanceof AccessDeniedException
          ? Message.of("input.access_denied") : Message.of("names.fix.unreadable", reason(e)));
    }
  }
}
