package org.zhidu.core.scoring;

import org.zhidu.core.rule.Bound;
import org.zhidu.core.rule.RuleId;
import org.zhidu.core.rule.Threshold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;

/** The items of 内务督查制度 三 and a small office for scoring tests. */
final class Scores {

  static final ScoringPolicy ANJU = new ScoringPolicy(100, List.of(
      item("公文办理失误", -1, "I2", "综合股"),
      item("材料写作失误", -1, "I2", "秘书股", "研究室"),
      item("未完成年度调研任务", -5, "I2", "研究室"),
      item("会务办理失误", -2, "I2", "综合股"),
      item("具体事务办理失误", -2, "I2"),
      item("区政府领导公开批评", -2, "I2"),
      item("办公室领导公开批评", -1, "I2"),
      item("迟到", -1, "I2"),
      item("早退", -1, "I2"),
      item("无故缺勤半天", -2, "I2"),
      item("无故缺勤一天", -3, "I2"),
      item("未严格执行驻勤制度", -2, "I2"),
      item("值班无故离岗", -3, "I2"),
      item("未及时处理突发事件信息", -3, "I2"),
      item("无故关机或无法联系", -1, "I2"),
      item("集体活动无故缺席", -1, "I2"),
      item("交办事项逾期", -2, "I2"),
      item("省级表彰", 5, "I3"),
      item("市级表彰", 3, "I3"),
      item("区级活动表彰", 2, "I3"),
      item("主要领导表扬", 3, "I3")), 3, new ScoringPolicy.Range(5, 8), 2, new Threshold(28, Bound.INCLUSIVE),
      List.of("值班无故离岗", "未及时处理突发事件信息"), List.of("未完成年度调研任务"), "交办事项逾期",
      new Threshold(2, Bound.INCLUSIVE), new Threshold(100, Bound.INCLUSIVE));

  /** The built-in items and readings with other year-end numbers and deadline. */
  static ScoringPolicy policy(int sections, int peopleMin, int peopleMax, int excluded, Threshold deadline) {
    return new ScoringPolicy(100, ANJU.items(), sections, new ScoringPolicy.Range(peopleMin, peopleMax), excluded,
        deadline, ANJU.seriousItems(), ANJU.onceAYear(), ANJU.overdueTask(), ANJU.taskWorkdays(), ANJU.maxCount());
  }

  private Scores() {}

  static ScoringItem item(String name, int points, String rule, String... evidence) {
    return new ScoringItem(name, points, List.of(evidence), RuleId.of(rule), "内务督查制度 三");
  }

  /** 综合股 (王科长, 张三), 秘书股 (李科长, 李四), 研究室 (陈科长, 王五 who moves to 综合股 on 1 July). */
  static Office office() {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    List<Person> people = new ArrayList<>();
    people.add(new Person("王科长", Role.SECTION_CADRE, List.of(new Posting("综合股", jan1)), null, List.of()));
    people.add(new Person("李科长", Role.SECTION_CADRE, List.of(new Posting("秘书股", jan1)), null, List.of()));
    people.add(new Person("陈科长", Role.SECTION_CADRE, List.of(new Posting("研究室", jan1)), null, List.of()));
    people.add(new Person("张三", Role.CLERK, List.of(new Posting("综合股", jan1)), null, List.of()));
    people.add(new Person("李四", Role.CLERK, List.of(new Posting("秘书股", jan1)), null, List.of()));
    people.add(new Person("王五", Role.CLERK, List.of(new Posting("研究室", jan1),
        new Posting("综合股", LocalDate.of(2026, 7, 1))), null, List.of()));
    people.add(new Person("赵县长", Role.COUNTY_LEADER, List.of(), null, List.of()));
    return new Office("测试办", List.of(new Section("综合股", "王科长"), new Section("秘书股", "李科长"),
        new Section("研究室", "陈科长")), people);
  }

  /** An event whose evidence reached 综合股 the same day. */
  static ScoreEvent event(String date, String subject, String item) {
    return event(date, subject, item, 1, null, null, false);
  }

  /** An event whose evidence reached 综合股 on {@code submitted}, or the same day when it is {@code null}. */
  static ScoreEvent event(String date, String subject, String item, int count, String evidence, String submitted,
      boolean serious) {
    return new ScoreEvent(LocalDate.parse(date), subject, item, count, evidence,
        LocalDate.parse(submitted == null ? date : submitted), serious, "", RowPlace.NONE);
  }

  /** A row of the events register as read, every optional date as given ({@code null} for a blank cell). */
  static ScoreEvent row(String date, String subject, String item, String submitted, String assigned,
      String finished) {
    return new ScoreEvent(LocalDate.parse(date), subject, item, 1, null, day(submitted), false, "", day(assigned),
        day(finished), RowPlace.NONE);
  }

  private static LocalDate day(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  static Standing standing(List<Standing> list, String name) {
    return list.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
