package org.zhidu.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import java.util.Comparator;
import org.zhidu.core.finding.Finding;

/** Laws of the name checker over generated names. */
class NameProperties {

  private static final NameChecker CHECKER = new NameChecker(Policies.ANJU);

  // ---- laws ----

  @Property
  void aValidCanonicalNameRoundTripsThroughParseAndRender(@ForAll("canonicalNames") String name) {
    NameReport report = CHECKER.check(name);
    assertTrue(report.valid(), () -> name + ": " + report.findings());
    assertNotNull(report.document());
    assertEquals(name, report.document().render());
    assertNull(report.suggestion());
  }

  @Property
  void everyN4MistakeIsFixedBackToTheCanonicalName(
      @ForAll("canonicalNames") String name, @ForAll("mistakes") List<Mistake> mistakes) {
    String broken = Mistake.applyAll(name, mistakes);
    NameReport report = CHECKER.check(broken);
    if (broken.equals(name)) {
      assertNull(report.suggestion());
    } else {
      assertEquals(name, report.suggestion(), () -> broken + ": " + report.findings());
    }
  }

  @Property
  void theSuggestionForAnyBrokenNameChecksValidAndFixingIsIdempotent(@ForAll("brokenNames") String broken) {
    NameReport report = CHECKER.check(broken);
    if (report.suggestion() == null) {
      return;
    }
    NameReport fixed = CHECKER.check(report.suggestion());
    assertTrue(fixed.valid(), () -> broken + " → " + report.suggestion() + ": " + fixed.findings());
    assertNull(fixed.suggestion(), () -> "fixing " + report.suggestion() + " again");
    assertEquals(List.of(), fixed.findings().stream().filter(f -> f.fix() != null).toList());
  }

  @Property
  void everyErrorOfANameWithASuggestionHasAFix(@ForAll("brokenNames") String broken) {
    NameReport report = CHECKER.check(broken);
    if (report.suggestion() != null) {
      for (Finding f : report.findings()) {
        if (f.isError()) {
          assertNotNull(f.fix(), () -> broken + ": " + f);
        }
      }
    }
  }

  @Property
  void aDraftRendersToANameThatReadsBackAsItself(
      @ForAll("titleEndings") String title, @ForAll("versions") String version, @ForAll boolean review) {
    DraftMaterial draft = new DraftMaterial(LocalDate.of(2015, 1, 6), "讲话", "施瑞昶区长", title, version,
        review ? "送审" : null, review, List.of());
    NameReport report = CHECKER.check(draft.render());
    assertTrue(report.findings().isEmpty(), () -> draft.render() + ": " + NameAssertions.describe(report.findings()));
    assertEquals(draft, report.document());
  }

  @Property
  void everyFixQuotesTextThatIsInTheName(@ForAll("brokenNames") String broken) {
    NameReport report = CHECKER.check(broken);
    boolean charactersChanged = report.findings().stream().anyMatch(f -> f.ruleId().equals("N5"));
    Assume.that(!charactersChanged);
    for (var f : report.findings()) {
      if (f.fix() != null) {
        assertTrue(broken.contains(f.fix().from()), () -> broken + ": " + f.fix().from() + " is not in the name");
      }
    }
  }

  @Provide
  Arbitrary<String> titleEndings() {
    return Combinators.combine(chinese(1, 8), Arbitraries.of("", "迎接G20", "2015年初", "工作要点2015", "Windows 10",
        "第2", "V2", "3月初")).as((a, b) -> a + b);
  }

  @Provide
  Arbitrary<String> versions() {
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 99);
    return Arbitraries.oneOf(Arbitraries.just("初"), n.map(String::valueOf),
        Combinators.combine(n, n).as((a, b) -> a + "." + b));
  }

  @Property(tries = 10_000)
  void anyUnicodeTextIsCheckedWithoutThrowing(@ForAll @StringLength(max = 300) String anything) {
    NameReport report = CHECKER.check(anything);
    assertEquals(anything, report.fileName());
    for (Finding f : report.findings()) {
      int column = f.location().column();
      assertTrue(column >= 1 && column <= anything.length() + 1, () -> anything + ": " + f);
    }
  }

  @Property(tries = 200)
  void noisyNamesBuiltFromNameCharactersNeverThrow(@ForAll("noise") String noise) {
    NameReport report = CHECKER.check(noise);
    if (report.suggestion() != null) {
      assertTrue(CHECKER.check(report.suggestion()).valid(), () -> noise + " → " + report.suggestion());
    }
  }

  @Property(tries = 20)
  void veryLongNamesAreReportedNotThrown(@ForAll("canonicalNames") String name) {
    String title = "会".repeat(10_000);
    NameReport report = CHECKER.check(name.replaceFirst("-", "-" + title));
    assertFalse(report.valid());
    assertNull(report.suggestion());
    assertFalse(CHECKER.check("x".repeat(10_000)).valid());
  }

  // ---- generators ----

  @Provide
  Arbitrary<String> canonicalNames() {
    return Arbitraries.oneOf(documents(), minutes(), drafts());
  }

  @Provide
  Arbitrary<String> brokenNames() {
    return Combinators.combine(canonicalNames(), mistakes(), forbidden())
        .as((name, mistakes, bad) -> {
          return Mistake.applyAll(name, mistakes).replaceFirst("(的|会|议)", "$1" + bad);
        });
  }

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<Character> chars = Arbitraries.of(
        '2', '0', '1', '5', '.', '-', '－', '—', '(', ')', '（', '）', '〔', '〕', '[', ']', '【', '】', '第', '号', '期',
        '年', '月', '日', '纪', '要', '通', '知', '初', '定', '送', '审', ' ', '　', '届', '令', '?', '"', '.', '函');
    return chars.list().ofMaxSize(60).map(cs -> {
      StringBuilder sb = new StringBuilder();
      cs.forEach(sb::append);
      return sb.toString();
    });
  }

  private Arbitrary<String> forbidden() {
    return Arbitraries.of("", "", "", "?", ":", "*", "|", "\"", "<", ">");
  }

  private Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 30).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
  }

  private Arbitrary<String> chinese(int min, int max) {
    return Arbitraries.strings().withChars("关于做好年度调研工作通知全区经济会议安居城管理办法网格化服务推进建设乡镇街道农业园区情况")
        .ofMinLength(min).ofMaxLength(max);
  }

  private Arbitrary<String> titles() {
    Arbitrary<String> tail = Arbitraries.of("", "2015年", "(试行)", "《条例》", "Windows 10版", "-附件", "——以安居为例");
    return Combinators.combine(chinese(1, 12), tail, chinese(1, 6)).as((a, t, b) -> a + t + b);
  }

  private Arbitrary<String> documents() {
    Arbitrary<String> code = Arbitraries.of("遂安府办函", "遂安府办发", "遂安府发", "遂安府函", "川府发", "遂安府办");
    Arbitrary<String> kind = Arbitraries.of(Policies.KINDS);
    Arbitrary<Integer> serial = Arbitraries.integers().between(1, 999);
    Arbitrary<Integer> yearsBefore = Arbitraries.integers().between(0, 1);
    return Combinators.combine(code, kind, serial, titles(), dates(), yearsBefore)
        .as((c, k, n, t, d, back) -> {
          int year = d.getYear() - back;
          return new OfficialDocument(new DocumentNumber(c, year, n, false), k, t + "的" + k, d).render();
        });
  }

  private Arbitrary<String> minutes() {
    Arbitrary<String> session = Arbitraries.of("三届30次常务会议", "第十五届第3次主任会议", "二届5次区长办公会议", "三届12次全体会议");
    Arbitrary<String> host = Arbitraries.strings().withChars("施瑞昶刘德福王李张").ofMinLength(2).ofMaxLength(4);
    return Combinators.combine(dates(), session, chinese(0, 6), host, Arbitraries.integers().between(1, 60))
        .as((d, s, extra, h, n) -> new MeetingMinutes(d, extra + s, h, d.getYear(), n).render());
  }

  private Arbitrary<String> drafts() {
    Arbitrary<String> category = Arbitraries.of(Policies.CATEGORIES);
    Arbitrary<String> user = Arbitraries.of("施瑞昶区长", "刘德福副区长", "研究室", "办公室主任");
    Arbitrary<String> version =
        Arbitraries.oneOf(Arbitraries.just("初"), Arbitraries.integers().between(1, 9).map(String::valueOf),
            Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.integers().between(1, 9))
                .as((a, b) -> a + "." + b));
    Arbitrary<String> status = Arbitraries.of("", "送审", "定稿", "定");
    Arbitrary<Boolean> inParentheses = Arbitraries.of(true, false);
    Arbitrary<List<String>> keywords = chinese(1, 8).list().ofMaxSize(2);
    return Combinators.combine(dates(), category, user, chinese(1, 15), version, status, inParentheses, keywords)
        .as((d, c, u, t, v, s, p, k) -> new DraftMaterial(d, c, u, t, v, s.isEmpty() ? null : s, p, k).render());
  }

  /**
   * An N4 mistake: a change a person makes that the checker must undo exactly. Separators are mistyped before
   * dates are reshaped (a date typed 2015-05-26 is then followed by the mistyped separator, as people do).
   */
  record Mistake(int order, java.util.function.UnaryOperator<String> change) {

    static String applyAll(String name, List<Mistake> mistakes) {
      String out = name;
      for (Mistake m : mistakes.stream().sorted(Comparator.comparingInt(Mistake::order)).toList()) {
        out = m.change().apply(out);
      }
      return out;
    }
  }

  @Provide
  Arbitrary<List<Mistake>> mistakes() {
    Arbitrary<Mistake> one = Arbitraries.of(
        new Mistake(0, n -> n.replace("〔", "[").replace("〕", "]")),
        new Mistake(0, n -> n.replace("〔", "【").replace("〕", "】")),
        new Mistake(0, n -> n.replace("〔", "（").replace("〕", "）")),
        new Mistake(0, n -> n.replace("〔", "﹝").replace("〕", "﹞")),
        new Mistake(0, n -> n.replaceFirst("号-", "-")),
        new Mistake(0, n -> n.replaceFirst("(〕)(\\d)", "$1第0$2")),
        new Mistake(1, n -> replaceSeparator(n, 1, "－")),
        new Mistake(1, n -> replaceSeparator(replaceSeparator(n, 1, "—"), 2, "—")),
        new Mistake(1, n -> replaceSeparator(n, 2, " - ")),
        new Mistake(2, n -> n.replaceFirst("^(\\d{4})\\.(\\d{2})\\.(\\d{2})", "$1-$2-$3")),
        new Mistake(2, n -> n.replaceFirst("^(\\d{4})\\.(\\d{2})\\.(\\d{2})", "$1$2$3")),
        new Mistake(2, n -> n.replaceFirst("^(\\d{4})\\.0?(\\d{1,2})\\.0?(\\d{1,2})", "$1年$2月$3日")),
        new Mistake(2, n -> n.replaceFirst("\\((\\d{4})\\.(\\d{2})\\.(\\d{2})\\)$", "($1-$2-$3)")),
        new Mistake(2, n -> n.replaceFirst("\\((\\d{4})\\.(\\d{2})\\.(\\d{2})\\)$", "$1.$2.$3")),
        new Mistake(2, n -> n.replaceFirst("\\((\\d{4})第(\\d+)期\\)$", "($1年第$2期)")),
        new Mistake(3, n -> n.replace("(", "（").replace(")", "）")),
        new Mistake(3, NameProperties::fullWidthDigits));
    return one.list().ofMaxSize(3);
  }

  /** The name with its n-th separator (counting every dash, mistyped or not) written otherwise. */
  private static String replaceSeparator(String name, int n, String with) {
    int seen = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c == '-' || c == '－' || c == '—') && ++seen == n) {
        return name.substring(0, i) + with + name.substring(i + 1);
      }
    }
    return name;
  }

  private static String fullWidthDigits(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
    }
    return out.toString();
  }
}
