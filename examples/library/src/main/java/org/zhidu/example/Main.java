package org.zhidu.example;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.naming.NameChecker;
import org.zhidu.core.naming.NameReport;
import org.zhidu.core.office.Office;
import org.zhidu.core.rota.DutyDay;
import org.zhidu.core.rota.RotaPlan;
import org.zhidu.core.rota.RotaPlanner;
import org.zhidu.core.rota.RotaRequest;
import org.zhidu.core.scoring.Period;
import org.zhidu.core.scoring.ScoreReport;
import org.zhidu.core.scoring.Scorer;
import org.zhidu.core.scoring.Standing;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.Pack;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.calendar.HolidayData;
import org.zhidu.policies.office.OfficeLoader;
import org.zhidu.policies.scoring.EventsRegister;

/**
 * zhidu used from Java, without the command line: checks the names of a folder of documents (N1–N5), plans a
 * month's duty rota (R1–R8) and scores a quarter's inspection (I1–I6), on the repository's examples of 安居区政府办.
 *
 * <p>Run it from the repository's root or from this folder; or give the {@code examples} folder as the argument.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the three uses and prints what they found.
   *
   * @param args nothing, or the repository's {@code examples} folder
   * @throws IOException when the folder of names cannot be listed
   */
  public static void main(String[] args) throws IOException {
    Path examples = args.length > 0 ? Path.of(args[0]) : examplesFolder();
    // README:begin
    Pack pack = PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE); // or PackLoader.fromPath(Path.of("my-office.yaml"))
    WorkCalendar calendar = HolidayData.builtInCalendar(); // packs, calendars, offices: immutable, share them
    Office office = OfficeLoader.load(examples.resolve("anju/office.yaml"));

    NameChecker checker = new NameChecker(pack.naming());
    List<NameReport> names = checkFolder(checker, examples.resolve("anju/archive"));
    RotaPlan rota = RotaPlanner.plan(RotaRequest.of(office, calendar, pack.rota(),
        LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
    EventsRegister.Read events = EventsRegister.read(examples.resolve("anju/events-2026.csv"));
    ScoreReport scores = Scorer.score(office, pack.scoring(), events.events(), new Period.Quarter(2026, 3), calendar);
    // README:end
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    printNames(names, out);
    printRota(rota, out);
    printScores(scores, out);
  }

  /**
   * Checks the name of every file in a folder, in name order.
   *
   * @param checker the checker of a pack's naming rules
   * @param folder the folder
   * @return one report a file
   * @throws IOException when the folder cannot be listed
   */
  static List<NameReport> checkFolder(NameChecker checker, Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted()
          .map(checker::check).toList();
    }
  }

  private static void printNames(List<NameReport> names, PrintStream out) {
    long valid = names.stream().filter(NameReport::valid).count();
    out.printf("names: %d checked, %d follow N1-N5, %d do not%n", names.size(), valid, names.size() - valid);
    for (NameReport r : names) {
      if (!r.valid()) {
        String rules = r.findings().stream().filter(Finding::isError).map(Finding::ruleId).distinct()
            .collect(Collectors.joining(" "));
        out.printf("  %s  [%s]%s%n", r.fileName(), rules, r.suggestion() == null ? "" : "  -> " + r.suggestion());
      }
    }
  }

  private static void printRota(RotaPlan rota, PrintStream out) {
    out.printf("rota: %d days, hard rules met: %s%n", rota.days().size(), rota.meetsHardRules());
    for (DutyDay d : rota.days()) {
      out.printf("  %s  %-14s  %s  leader %s%n", d.date(), d.type(), String.join("、", d.duty()), d.leader());
    }
  }

  private static void printScores(ScoreReport scores, PrintStream out) {
    out.printf("scores %s: %d people, %d sections, %d findings%n", scores.period().id(), scores.people().size(),
        scores.sections().size(), scores.findings().size());
    for (Standing s : scores.sections()) {
      out.printf("  section %d %s %d%n", s.rank(), s.name(), s.total());
    }
    for (Standing s : scores.people()) {
      out.printf("  person %d %s %d%n", s.rank(), s.name(), s.total());
    }
  }

  /** The repository's examples folder, found from the working directory upwards (the root, this folder, a copy). */
  private static Path examplesFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("examples/anju/office.yaml"))) {
        return dir.resolve("examples");
      }
    }
    throw new IllegalStateException("run this from the zhidu repository, or give its examples folder as argument");
  }
}
