package org.zhidu.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layering, tested rather than hoped for: cli → policies → core, and core pure. */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.zhidu");

  @Test
  void coreDependsOnNothingButTheJdk() {
    noClasses().that().resideInAPackage("org.zhidu.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.zhidu.policies..", "org.zhidu.cli..", "com.fasterxml..", "picocli..", "org.yaml..",
            "org.apache.commons..")
        .check(CLASSES);
  }

  @Test
  void coreDoesNoIoAndReadsNoClockOrEnvironment() {
    noClasses().that().resideInAPackage("org.zhidu.core..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
        .orShould().callMethod(System.class, "getenv", String.class)
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(CLASSES);
  }

  @Test
  void policiesDoNotReachIntoTheCli() {
    noClasses().that().resideInAPackage("org.zhidu.policies..")
        .should().dependOnClassesThat().resideInAnyPackage("org.zhidu.cli..", "picocli..")
        .check(CLASSES);
  }

  /** The areas of the command line; what they share lives in cli.options, cli.output, cli.input or the root. */
  private static final List<String> AREAS = List.of("names", "rota", "score", "registers", "calendar", "policies");

  @Test
  void cliAreasDoNotDependOnEachOther() {
    for (String area : AREAS) {
      String[] others = AREAS.stream().filter(a -> !a.equals(area)).map(a -> "org.zhidu.cli." + a + "..")
          .toArray(String[]::new);
      noClasses().that().resideInAPackage("org.zhidu.cli." + area + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .because("an area reaches what it shares with another through cli.options, cli.output or cli.input")
          .check(CLASSES);
    }
  }

  @Test
  void commandsNeverWriteToSystemOutDirectly() {
    noClasses().that().resideInAPackage("org.zhidu.cli..").and().doNotHaveSimpleName("Main")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(CLASSES);
  }
}
