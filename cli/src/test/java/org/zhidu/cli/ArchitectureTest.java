package org.zhidu.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

  @Test
  void commandsNeverWriteToSystemOutDirectly() {
    noClasses().that().resideInAPackage("org.zhidu.cli..").and().doNotHaveSimpleName("Main")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(CLASSES);
  }
}
