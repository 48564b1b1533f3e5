package org.zhidu.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * "Today" is always a parameter of core: no clock of any kind is read there, so every rule is a pure function of
 * its inputs. Every {@code now()} of java.time, the clocks themselves and the JDK's older ways to the time are banned.
 */
class CoreReadsNoClockTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.zhidu.core");

  private static final DescribedPredicate<JavaCall<?>> READS_THE_TIME =
      DescribedPredicate.describe("reads the time", call -> {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        return owner.startsWith("java.time.") && name.equals("now")
            || owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
            || owner.equals("java.util.Calendar") && name.equals("getInstance")
            || owner.equals("java.util.Date") && name.equals("<init>") && call.getTarget().getRawParameterTypes()
                .isEmpty();
      });

  private static final ArchRule NO_CLOCK = noClasses().should().callMethodWhere(READS_THE_TIME)
      .orShould().callConstructorWhere(READS_THE_TIME)
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.InstantSource");

  @Test
  void coreCallsNoClock() {
    NO_CLOCK.check(CORE);
  }

  /** Ways a rule could read the time. */
  static final class Clocked {
    java.time.LocalDateTime minute() {
      return java.time.LocalDateTime.now();
    }

    long millis() {
      return System.currentTimeMillis();
    }
  }

  @Test
  void theRuleCatchesAClockRead() {
    JavaClasses clocked = new ClassFileImporter().importClasses(Clocked.class);
    AssertionError e = assertThrows(AssertionError.class, () -> NO_CLOCK.check(clocked));
    assertTrue(e.getMessage().contains("LocalDateTime.now()") && e.getMessage().contains("currentTimeMillis"),
        e.getMessage());
  }
}
