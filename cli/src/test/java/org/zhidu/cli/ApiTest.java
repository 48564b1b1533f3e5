package org.zhidu.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.Registry;
import org.zhidu.policies.SectionContext;

/**
 * What a Java program may use of zhidu-core and zhidu-policies, as a module's {@code exports} would say it: the API
 * packages listed here (and in the README's "Use it from Java"), whose public types never make a caller reach into an
 * internal package or a third-party library; every package is one or the other; and the command line itself is built
 * on the API alone, so that what it does a caller can do.
 */
class ApiTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.zhidu.core", "org.zhidu.policies", "org.zhidu.cli");

  /** Every package of core is API: the rules, their policies and their results. */
  static final String CORE_API = "org.zhidu.core..";

  /** The packages of policies a caller uses: packs, the calendar, office files, registers and the other inputs. */
  static final List<String> POLICIES_API = List.of(
      "org.zhidu.policies",
      "org.zhidu.policies.calendar",
      "org.zhidu.policies.office",
      "org.zhidu.policies.register",
      "org.zhidu.policies.scoring",
      "org.zhidu.policies.signoff",
      "org.zhidu.policies.studio",
      "org.zhidu.policies.vote");

  /** How a pack's YAML is bound, section by section: free to change from one version to the next. */
  static final List<String> POLICIES_INTERNAL = List.of(
      "org.zhidu.policies.yaml",
      "org.zhidu.policies.approval",
      "org.zhidu.policies.leave",
      "org.zhidu.policies.naming",
      "org.zhidu.policies.obligation",
      "org.zhidu.policies.rota",
      "org.zhidu.policies.secrecy",
      "org.zhidu.policies.spending",
      "org.zhidu.policies.surge");

  private static boolean isApi(String pkg) {
    return pkg.startsWith("org.zhidu.core.") || POLICIES_API.contains(pkg);
  }

  private static boolean isInternal(String pkg) {
    return POLICIES_INTERNAL.contains(pkg);
  }

  /**
   * The binding of packs, which an API package holds but a caller never needs ({@link Pack}'s accessors give every
   * area's policy): the sections' handles in {@link Registry}, and the types a section is written with.
   */
  private static boolean isBinding(JavaClass owner, JavaMember member) {
    return owner.isAssignableTo(PackSection.class) || owner.isAssignableTo(SectionContext.class)
        || owner.isEquivalentTo(Registry.class) && member.getName().endsWith("_SECTION")
        || owner.getName().equals("org.zhidu.policies.register.SchemaLoader") && member.getName().equals("schema");
  }

  @Test
  void everyPackageOfCoreAndPoliciesIsApiOrInternal() {
    classes().that().resideInAnyPackage("org.zhidu.core..", "org.zhidu.policies..")
        .should().resideInAnyPackage(concat(List.of(CORE_API), POLICIES_API, POLICIES_INTERNAL))
        .because("a new package is API (listed in the README) or internal, and said to be one")
        .check(CLASSES);
  }

  @Test
  void theApiShowsNoInternalOrThirdPartyType() {
    classes().that(inApi()).and().arePublic()
        .should(showOnlyApiTypes())
        .check(CLASSES);
  }

  @Test
  void theCommandLineIsBuiltOnTheApiAlone() {
    noClasses().that().resideInAPackage("org.zhidu.cli..")
        .should().dependOnClassesThat().resideInAnyPackage(POLICIES_INTERNAL.toArray(String[]::new))
        .because("what the command line does, a Java program can do through the API")
        .check(CLASSES);
  }

  @Test
  void theListsAreTheReadmes() throws Exception {
    String readme = java.nio.file.Files.readString(Cli.ROOT.resolve("README.md"));
    int start = readme.indexOf("## Use it from Java");
    assertTrue(start >= 0, "the README has a section \"Use it from Java\"");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    for (String pkg : POLICIES_API) {
      assertTrue(section.contains("`" + pkg + "`"), () -> pkg + " is listed as API in the README");
    }
    for (String pkg : POLICIES_INTERNAL) {
      assertTrue(!section.contains("`" + pkg + "`") || section.contains("`" + pkg + "` (internal)"),
          () -> pkg + " is internal, not listed as API in the README");
    }
    assertEquals(Set.copyOf(POLICIES_API).size(), POLICIES_API.size());
  }

  @Test
  void theReadmesJavaIsTheExamplesOwn() throws Exception {
    String readme = java.nio.file.Files.readString(Cli.ROOT.resolve("README.md"));
    int start = readme.indexOf("```java\n", readme.indexOf("## Use it from Java")) + "```java\n".length();
    String shown = readme.substring(start, readme.indexOf("```\n", start));
    String main = java.nio.file.Files.readString(
        Cli.ROOT.resolve("examples/library/src/main/java/org/zhidu/example/Main.java"));
    String region = main.substring(main.indexOf("// README:begin\n") + "// README:begin\n".length(),
        main.indexOf("    // README:end"));
    String unindented = region.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    assertEquals(unindented, shown, "the README's example is examples/library's Main between README:begin and end");
  }

  @Test
  void theExampleDependsOnThisVersion() throws Exception {
    String parent = java.nio.file.Files.readString(Cli.ROOT.resolve("pom.xml"));
    java.util.regex.Matcher version = java.util.regex.Pattern
        .compile("<artifactId>zhidu-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(parent);
    assertTrue(version.find());
    String example = java.nio.file.Files.readString(Cli.ROOT.resolve("examples/library/pom.xml"));
    assertTrue(example.contains("<zhidu.version>" + version.group(1) + "</zhidu.version>"),
        "examples/library/pom.xml depends on zhidu " + version.group(1));
    java.util.regex.Matcher exec = java.util.regex.Pattern
        .compile("<artifactId>exec-maven-plugin</artifactId>\\s*<version>([^<]+)</version>").matcher(example);
    assertTrue(exec.find());
    assertTrue(java.nio.file.Files.readString(Cli.ROOT.resolve("library-check/pom.xml"))
        .contains("org.codehaus.mojo:exec-maven-plugin:" + exec.group(1) + ":maven-plugin"),
        "library-check resolves the exec-maven-plugin the example runs with");
    String readme = java.nio.file.Files.readString(Cli.ROOT.resolve("README.md"));
    assertTrue(readme.contains("<artifactId>zhidu-policies</artifactId>\n  <version>" + version.group(1)
        + "</version>"), "the README's coordinates give version " + version.group(1));
  }

  private static DescribedPredicate<JavaClass> inApi() {
    return DescribedPredicate.describe("reside in an API package", c -> isApi(c.getPackageName()));
  }

  private static ArchCondition<JavaClass> showOnlyApiTypes() {
    return new ArchCondition<>("show in their public members only API types, the JDK's and their own") {
      @Override
      public void check(JavaClass owner, ConditionEvents events) {
        for (JavaMember member : owner.getMembers()) {
          if (!member.getModifiers().contains(JavaModifier.PUBLIC) || isBinding(owner, member)) {
            continue;
          }
          List<JavaClass> shown = new ArrayList<>();
          if (member instanceof JavaField field) {
            shown.add(field.getRawType());
          } else if (member instanceof JavaCodeUnit code) {
            shown.add(code.getRawReturnType());
            shown.addAll(code.getRawParameterTypes());
          }
          for (JavaClass type : shown) {
            JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
            String pkg = base.getPackageName();
            boolean fine = base.isPrimitive() || pkg.startsWith("java.") || isApi(pkg);
            if (!fine) {
              events.add(SimpleConditionEvent.violated(member, member.getFullName() + " shows " + base.getName()
                  + (isInternal(pkg) ? ", of an internal package" : ", of another library")));
            }
          }
        }
      }
    };
  }

  @SafeVarargs
  private static String[] concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all.toArray(String[]::new);
  }
}
