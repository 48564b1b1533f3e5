package org.zhidu.cli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhidu.cli.Cli;
import org.zhidu.cli.Lang;
import org.zhidu.cli.Texts;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;
import org.zhidu.policies.Area;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.Pack;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.Registry;

/** Every registered rule is documented, cited, tested and has runnable examples; a rule added without fails. */
class RuleConventionsTest {

  private static final Texts ZH = new Texts(Lang.ZH);
  private static final Texts EN = new Texts(Lang.EN);

  @Test
  void everyRegisteredRuleHasItsMessagesCitationTestAndExamples() {
    List<String> violations = RuleConventions.violations(Registry.AREAS, builtInPacks(), ZH, EN, testSources());
    assertEquals(List.of(), violations);
  }

  @Test
  void everyRuleOfABuiltInPackIsRegistered() {
    for (Pack pack : builtInPacks()) {
      for (String id : pack.rules().keySet()) {
        assertTrue(Registry.areaOf(RuleId.of(id)).isPresent(), pack.id() + " describes " + id
            + ", which no area of the registry encodes");
      }
    }
  }

  /** A rule id as a string literal: only the rules' own definitions (NamingRules, CrossCutting, …) write one. */
  private static final java.util.regex.Pattern RULE_LITERAL =
      java.util.regex.Pattern.compile("\"((?:[NRIGLEMDSPWU])[0-9]{1,2}|X-[A-Z]+|G-HEADER)\"");

  @Test
  void noRuleIdIsWrittenAsAStringOutsideItsDefinition() throws IOException {
    List<String> found = new ArrayList<>();
    for (String module : List.of("core", "policies", "cli")) {
      try (Stream<Path> files = Files.walk(Cli.ROOT.resolve(module).resolve("src/main/java"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith("Rules.java") || name.equals("CrossCutting.java")) {
            continue;
          }
          java.util.regex.Matcher m = RULE_LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
          while (m.find()) {
            found.add(name + ": " + m.group());
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  /** A problem of a rule nobody wrote anything for: no message, no citation, no test. */
  enum Unfinished implements Problem {
    SOMETHING;

    @Override
    public Problem.Spec spec() {
      return new Problem.Spec(RuleId.of("Z9"), Severity.ERROR, "unfinished.something", "unfinished.limit");
    }
  }

  @Test
  void aRuleWithoutMessagesCitationTestOrBoundIsReported() {
    Area unfinished = new Area("unfinished", List.of(RuleId.of("Z9")), List.of(Unfinished.SOMETHING), null,
        List.of(), null);
    List<String> violations = RuleConventions.violations(List.of(unfinished), builtInPacks(), ZH, EN,
        List.of("class SomeTest { void n1() {} }"));
    assertEquals(List.of(
        "unfinished: no name in zh (policies.area.unfinished)",
        "unfinished: no name in en (policies.area.unfinished)",
        "unfinished SOMETHING: no Chinese message unfinished.something",
        "unfinished SOMETHING: no English message unfinished.something",
        "unfinished SOMETHING: anju-gov-office states no bound for unfinished.limit (X-BOUND)",
        "unfinished SOMETHING: wujiang-cppcc states no bound for unfinished.limit (X-BOUND)",
        "unfinished SOMETHING: dazhou-cppcc states no bound for unfinished.limit (X-BOUND)",
        "unfinished SOMETHING: party-office states no bound for unfinished.limit (X-BOUND)",
        "unfinished SOMETHING: chenzhou-cppcc states no bound for unfinished.limit (X-BOUND)",
        "Z9: no pack cites its clause",
        "Z9: no test names it"), violations);
  }

  @Test
  void examplesThatDoNotBehaveAsThePackSaysAreReported() {
    Pack pack = PackLoader.fromYaml("wrong-examples.yaml", """
        id: wrong-examples
        extends: anju-gov-office
        rules:
          - id: N1
            title: 文件
            titleEn: Documents
            citation: 电子文档命名规则及说明(试行) 一
            clause: 文号-文种-标题(发文时间)
            checks: 文件名
            checksEn: Document names
            good: [遂安府办函〔2014〕第019号-通知-关于做好调研工作的通知(2014.03.14)]
            bad: [遂安府办函〔2014〕19号-通知-关于做好调研工作的通知(2014.03.14)]
          - id: R1
            title: 文秘值班
            titleEn: Clerks on duty
            citation: 值班工作制度 一
            clause: 值班工作由办公室文秘人员承担。
            checks: 值班人员是文秘人员
            checksEn: Clerks only
            good: [张三]
        """);
    List<String> violations = new ArrayList<>(RuleConventions.violations(
        List.of(Registry.NAMING, Registry.ROTA), List.of(pack), ZH, EN, List.of("N1 N2 N3 N4 N5 R1 R2 R3 R4 R5 R6 "
            + "R7 R8 R9")));
    assertEquals(List.of(
        "N1: the good example breaks the rule: 遂安府办函〔2014〕第019号-通知-关于做好调研工作的通知(2014.03.14)",
        "N1: the bad example keeps the rule: 遂安府办函〔2014〕19号-通知-关于做好调研工作的通知(2014.03.14)",
        "R1: wrong-examples gives examples that the area rota cannot run"), violations);
  }

  private static List<Pack> builtInPacks() {
    return BuiltInPacks.ids().stream().map(PackLoader::builtIn).toList();
  }

  /** Every test source of every module, this convention test's own file excepted. */
  static List<String> testSources() {
    List<String> out = new ArrayList<>();
    for (String module : List.of("core", "policies", "cli")) {
      Path root = Cli.ROOT.resolve(module).resolve("src/test/java");
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          if (!f.getFileName().toString().startsWith("RuleConventions")) {
            out.add(Files.readString(f, StandardCharsets.UTF_8));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
