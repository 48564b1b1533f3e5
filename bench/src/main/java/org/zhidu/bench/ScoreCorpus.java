package org.zhidu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;
import org.zhidu.core.scoring.ScoreEvent;

/**
 * A deterministic office of {@code people} staff in 20 sections (one in ten moving section on 1 July) and a year of
 * events for them: mostly 迟到 and the other common deductions, some commendations, one row in twenty about a section.
 */
final class ScoreCorpus {

  static final String[] ITEMS = {"迟到", "迟到", "迟到", "早退", "公文办理失误", "材料写作失误", "会务办理失误",
    "具体事务办理失误", "无故关机或无法联系", "集体活动无故缺席", "办公室领导公开批评", "区级活动表彰", "市级表彰"};

  private ScoreCorpus() {}

  static Office office(int people) {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    List<Section> sections = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      sections.add(new Section("股室" + s, null));
    }
    List<Person> staff = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      List<Posting> postings = new ArrayList<>();
      postings.add(new Posting("股室" + i % 20, jan1));
      if (i % 10 == 7) {
        postings.add(new Posting("股室" + (i + 3) % 20, LocalDate.of(2026, 7, 1)));
      }
      staff.add(new Person("人员" + i, Role.STAFF, postings, null, List.of()));
    }
    return new Office("基准办公室", sections, staff);
  }

  static List<ScoreEvent> events(int count, int people, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    List<ScoreEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate day = jan1.plusDays(random.nextInt(365));
      String subject = random.nextInt(20) == 0 ? "股室" + random.nextInt(20) : "人员" + random.nextInt(people);
      String item = ITEMS[random.nextInt(ITEMS.length)];
      events.add(new ScoreEvent(day, subject, item, 1 + random.nextInt(2), "综合股", day.plusDays(3), false, "",
          RowPlace.NONE));
    }
    return events;
  }

  /** The same events as a register file. */
  static String csv(List<ScoreEvent> events) {
    StringBuilder out = new StringBuilder("日期,对象,事项,次数,依据股室,提交日期,情节严重,备注\n");
    for (ScoreEvent e : events) {
      out.append(e.date()).append(',').append(e.subject()).append(',').append(e.item()).append(',')
          .append(e.count()).append(',').append(e.evidence()).append(',').append(e.submitted()).append(",,\n");
    }
    return out.toString();
  }

  /** The office as an office file. */
  static String yaml(Office office) {
    StringBuilder out = new StringBuilder("office: 基准办公室\nsections:\n");
    for (Section s : office.sections()) {
      out.append("  - { name: ").append(s.name()).append(" }\n");
    }
    out.append("people:\n");
    for (Person p : office.people()) {
      out.append("  - name: ").append(p.name()).append("\n    role: 工作人员\n    postings:\n");
      for (Posting posting : p.postings()) {
        out.append("      - { section: ").append(posting.section()).append(", from: ").append(posting.from())
            .append(" }\n");
      }
    }
    return out.toString();
  }
}
