package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.cli.calendar.CalendarCommand;
import org.zhidu.cli.calendar.CalendarDueCommand;
import org.zhidu.cli.leave.LeaveCheckCommand;
import org.zhidu.cli.leave.LeaveCommand;
import org.zhidu.cli.signoff.SignoffCommand;

/** A run builds the model of the command group it names, and no other: start-up is most of a small run. */
class ZhiduCommandTest {

  @Test
  void aCommandLineNeedsTheGroupItNamesFirst() {
    assertEquals(List.of(LeaveCommand.class), ZhiduCommand.subcommandsFor(new String[] {"leave", "check", "a.csv"}));
    assertEquals(List.of(SignoffCommand.class),
        ZhiduCommand.subcommandsFor(new String[] {"--lang", "en", "signoff", "check", "--help"}));
    assertEquals(List.of(), ZhiduCommand.subcommandsFor(new String[] {"--version"}), "the version needs none");
  }

  @Test
  void helpNoCommandOrAnUnknownWordNeedEveryGroup() {
    for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"help", "names", "check"},
        new String[] {"lev"}, new String[] {"--lang", "en"}, new String[] {"generate-completion"})) {
      assertEquals(ZhiduCommand.SUBCOMMANDS, ZhiduCommand.subcommandsFor(args), String.join(" ", args));
    }
  }

  @Test
  void aCommandLineNeedsTheCommandItNamesInItsGroup() {
    assertEquals(List.of(LeaveCheckCommand.class),
        ZhiduCommand.verbsFor(LeaveCommand.class, new String[] {"leave", "check", "a.csv"}));
    assertEquals(List.of(CalendarDueCommand.class), ZhiduCommand.verbsFor(CalendarCommand.class,
        new String[] {"--lang", "en", "calendar", "--color", "never", "due", "2026-10-01", "3"}));
  }

  @Test
  void aGroupAloneAWordThatIsNoCommandOrHelpNeedEveryCommandOfTheGroup() {
    List<Class<?>> all = ZhiduCommand.VERBS.get(CalendarCommand.class);
    for (String[] args : List.of(new String[] {"calendar"}, new String[] {"calendar", "--help"},
        new String[] {"calendar", "dew"}, new String[] {"calendar", "--help", "due"}, new String[] {"calendar", "-h", "due"}, new String[] {"help", "calendar", "due"}, new String[] {"generate-completion"},
        new String[] {})) {
      assertEquals(all, ZhiduCommand.verbsFor(CalendarCommand.class, args), String.join(" ", args));
    }
  }

  @Test
  void everyGroupHasItsCommandsAndEachIsNamedOnce() {
    for (Class<?> group : ZhiduCommand.SUBCOMMANDS) {
      if (group == HelpCommand.class || group == picocli.AutoComplete.GenerateCompletion.class
          || group == org.zhidu.cli.score.ScoreCommand.class) {
        continue;
      }
      List<Class<?>> verbs = ZhiduCommand.VERBS.get(group);
      assertTrue(verbs != null && !verbs.isEmpty(), group.getSimpleName());
      long names = verbs.stream().map(v -> v.getAnnotation(picocli.CommandLine.Command.class).name()).distinct().count();
      assertEquals(verbs.size(), names, group.getSimpleName());
    }
    assertEquals(ZhiduCommand.SUBCOMMANDS.size() - 3, ZhiduCommand.VERBS.size(), "a group for each list of commands");
  }

  /** A command left out of the lists would be built by no command line: every one of them is in them. */
  @Test
  void everyCommandOfTheCommandLineIsInTheLists() {
    java.util.Set<Class<?>> listed = new java.util.HashSet<>(ZhiduCommand.SUBCOMMANDS);
    ZhiduCommand.VERBS.values().forEach(listed::addAll);
    var commands = new com.tngtech.archunit.core.importer.ClassFileImporter()
        .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.zhidu.cli").stream()
        .filter(c -> c.isAnnotatedWith(picocli.CommandLine.Command.class))
        .filter(c -> !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
        .map(com.tngtech.archunit.core.domain.JavaClass::reflect).toList();
    assertTrue(commands.size() > 40, "the commands were found: " + commands.size());
    for (Class<?> command : commands) {
      assertTrue(listed.contains(command), command.getName() + " is in no list of ZhiduCommand");
    }
  }
}
