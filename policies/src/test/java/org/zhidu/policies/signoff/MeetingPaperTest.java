package org.zhidu.policies.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.signoff.MeetingPaperCheck;
import org.zhidu.core.signoff.PaperPolicy;
import org.zhidu.core.signoff.SignoffProblem;
import org.zhidu.core.signoff.SignoffRules;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.YamlFuzz;

/**
 * D3 and D4 through the anju-gov-office pack: a plan's seven elements and its sign-off the day before (at any hour of
 * it), minutes' seven elements and the sign-in sheet from 30 people (30 included) or an important topic meeting.
 */
class MeetingPaperTest {

  static final PaperPolicy POLICY = PackLoader.builtIn("anju-gov-office").signoff().papers();

  static final String PLAN = """
      类型: 会议方案
      会议名称: 区长专题会议
      时间: 2026-06-10 15:00
      地点: 三楼会议室
      参会人员: [甲, 乙]
      主持人: 甲
      议程: [汇报, 讲话]
      筹备事宜: 发通知
      审签时间: 2026-06-09 23:59
      """;

  static final String MINUTES = """
      类型: 会议记录
      名称: 推进会
      会议时间: 2026-06-10 15:00
      地点: 三楼会议室
      主持人: 甲
      记录人: 乙
      参会人员: [甲, 乙, 丙]
      议程内容: 汇报；讲话
      """;

  static List<SignoffProblem> problems(String yaml) {
    List<SignoffProblem> out = new ArrayList<>();
    for (Finding f : MeetingPaperCheck.check(MeetingPaperLoader.load("m.yaml", yaml), POLICY)) {
      for (SignoffProblem p : SignoffProblem.values()) {
        if (p.messageKey().equals(f.message().key())) {
          out.add(p);
        }
      }
    }
    return out;
  }

  @Test
  void d3APlanWithItsSevenElementsSignedTheDayBeforeIsClean() {
    assertEquals(List.of(), problems(PLAN));
    assertEquals(List.of(), problems(PLAN.replace("时间: 2026-06-10", "会议时间: 2026-06-10")
        .replace("地点:", "召开地点:")), "the clause's own words 会议时间, 召开地点 will do");
  }

  @Test
  void d3EachMissingElementIsAnError() {
    for (String element : List.of("会议名称", "地点", "参会人员", "主持人", "议程", "筹备事宜")) {
      String without = PLAN.lines().filter(l -> !l.startsWith(element + ":"))
          .reduce("", (a, b) -> a + b + "\n");
      List<Finding> f = MeetingPaperCheck.check(MeetingPaperLoader.load("m.yaml", without), POLICY);
      assertEquals(1, f.size(), element);
      assertEquals(SignoffRules.D3, f.get(0).rule());
      assertTrue(f.get(0).message().args().get(1).contains(element), f.toString());
    }
    assertEquals(List.of(SignoffProblem.MISSING_ELEMENT), problems(PLAN.replace("筹备事宜: 发通知", "筹备事宜: ''")),
        "a blank element is not written");
  }

  @Test
  void d3SignedOnTheMeetingsDayIsAWarningAndNoSignOffAnError() {
    assertEquals(List.of(SignoffProblem.SIGNED_LATE), problems(PLAN.replace("2026-06-09 23:59", "2026-06-10 08:00")));
    assertEquals(List.of(SignoffProblem.NOT_SIGNED), problems(PLAN.replace("审签时间: 2026-06-09 23:59\n", "")));
  }

  @Test
  void d4MinutesWithTheirElementsAreCleanAndTheRecorderIsOne() {
    assertEquals(List.of(), problems(MINUTES));
    assertEquals(List.of(SignoffProblem.MISSING_ELEMENT), problems(MINUTES.replace("记录人: 乙\n", "")));
  }

  @Test
  void d4ThirtyPeopleNeedTheSignInSheetTwentyNineDoNot() {
    assertEquals(List.of(SignoffProblem.NO_SIGN_IN), problems(MINUTES + "参会人数: 30\n"));
    assertEquals(List.of(), problems(MINUTES + "参会人数: 29\n"));
    assertEquals(List.of(), problems(MINUTES + "参会人数: 30\n签到单: 附后\n"));
    assertEquals(List.of(SignoffProblem.NO_SIGN_IN), problems(MINUTES + "重要专题会议: 是\n"));
  }

  @Test
  void d4ASheetWrittenAsNoneIsNoSheetAndABlankListIsNoElement() {
    assertEquals(List.of(SignoffProblem.NO_SIGN_IN), problems(MINUTES + "参会人数: \"30\"\n签到单: 无\n"));
    assertEquals(List.of(SignoffProblem.MISSING_ELEMENT), problems(MINUTES.replace("主持人: 甲", "主持人: [\"\"]")));
    assertEquals(List.of(SignoffProblem.MISSING_ELEMENT), problems(MINUTES.replace("主持人: 甲", "主持人: [{a: ''}]")));
  }

  @Test
  void aPaperWithoutAKnownKindOrWithABadTimeIsRefusedAtItsPlace() {
    assertEquals("meeting.no_kind", assertThrows(InputException.class,
        () -> MeetingPaperLoader.load("m.yaml", MINUTES.replace("类型: 会议记录\n", ""))).problem().key());
    InputException bad = assertThrows(InputException.class,
        () -> MeetingPaperLoader.load("m.yaml", PLAN.replace("2026-06-10 15:00", "2026-06-31 15:00")));
    assertEquals("meeting.bad_time", bad.problem().key());
    assertEquals(3, bad.location().line());
  }

  @Property(tries = 10_000)
  void aMutatedPaperIsCheckedOrRefusedAtALine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits) {
    String yaml = YamlFuzz.mutate(seed % 2 == 0 ? PLAN : MINUTES, seed, edits);
    try {
      MeetingPaperCheck.check(MeetingPaperLoader.load("m.yaml", yaml), POLICY)
          .forEach(f -> assertEquals("m.yaml", f.location().file()));
    } catch (InputException e) {
      assertEquals("m.yaml", e.location().file());
      assertTrue(e.location().line() <= yaml.lines().count() + 1, e.location().toString());
    }
  }
}
