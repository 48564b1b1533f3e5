package org.zhidu.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;

/** Laws of the scorer over random offices (with moves between sections) and registers. */
class ScoreProperties {

  private static final List<String> SECTIONS = List.of("综合股", "秘书股", "研究室");
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final Period YEAR = new Period.Year(2026);

  record Case(Office office, List<ScoreEvent> events) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Integer>> moves = Arbitraries.integers().between(-1, 364).list().ofSize(6);
    Arbitrary<List<Integer>> homes = Arbitraries.integers().between(0, 2).list().ofSize(12);
    Arbitrary<ScoreEvent> event = Combinators.combine(
        Arbitraries.integers().between(0, 364),
        Arbitraries.integers().between(0, 8),
        Arbitraries.of(Scores.ANJU.items()),
        Arbitraries.integers().between(1, 3)).as((day, who, item, count) -> new ScoreEvent(JAN_1.plusDays(day),
            who < 6 ? "人" + who : SECTIONS.get(who % 3), item.name(), count, null, null, false, "",
            RowPlace.NONE));
    return Combinators.combine(moves, homes, event.list().ofMaxSize(60)).as((m, h, events) -> {
      List<Person> people = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        List<Posting> postings = new ArrayList<>();
        postings.add(new Posting(SECTIONS.get(h.get(i)), JAN_1));
        if (m.get(i) > 0) {
          postings.add(new Posting(SECTIONS.get(h.get(i + 6)), JAN_1.plusDays(m.get(i))));
        }
        people.add(new Person("人" + i, Role.CLERK, postings, null, List.of()));
      }
      List<Section> sections = SECTIONS.stream().map(s -> new Section(s, null)).toList();
      return new Case(new Office("办", sections, people), events);
    });
  }

  @Property(tries = 300)
  void aPersonsTotalIsTheBasePlusTheirEventsPoints(@ForAll("cases") Case c) {
    ScoreReport r = Scorer.score(c.office(), Scores.ANJU, c.events(), YEAR);
    for (Person p : c.office().people()) {
      int expected = 100;
      for (Counted e : counted(c.events())) {
        if (e.event().subject().equals(p.name())) {
          expected += e.times() * Scores.ANJU.item(e.event().item()).orElseThrow().points();
        }
      }
      assertEquals(expected, Scores.standing(r.people(), p.name()).total());
    }
  }

  @Property(tries = 300)
  void aSectionsTotalCountsItsMembersOnTheDayOfEachEvent(@ForAll("cases") Case c) {
    ScoreReport r = Scorer.score(c.office(), Scores.ANJU, c.events(), YEAR);
    for (String section : SECTIONS) {
      int expected = 100;
      for (Counted counted : counted(c.events())) {
        ScoreEvent e = counted.event();
        int points = counted.times() * Scores.ANJU.item(e.item()).orElseThrow().points();
        String where = e.subject().startsWith("人")
            ? sectionOn(c.office().person(e.subject()).orElseThrow(), e.date()) : e.subject();
        if (where.equals(section)) {
          expected += points;
        }
      }
      assertEquals(expected, Scores.standing(r.sections(), section).total(), section);
    }
  }

  record Counted(ScoreEvent event, int times) {}

  /** I2: each row with the times it counts, an item of the year's tasks once a year for its subject, the earliest. */
  private static List<Counted> counted(List<ScoreEvent> events) {
    List<ScoreEvent> byDate = new ArrayList<>(events);
    byDate.sort(java.util.Comparator.comparing(ScoreEvent::date));
    java.util.Set<String> done = new java.util.HashSet<>();
    List<Counted> out = new ArrayList<>();
    for (ScoreEvent e : byDate) {
      boolean yearly = Scores.ANJU.onceAYear().contains(e.item());
      out.add(new Counted(e, !yearly ? e.count() : done.add(e.subject() + "/" + e.item()) ? 1 : 0));
    }
    return out;
  }

  /** I4, computed apart from Person.sectionOn: the last posting that began on or before the day. */
  private static String sectionOn(Person p, LocalDate day) {
    String section = null;
    for (Posting posting : p.postings()) {
      if (!posting.from().isAfter(day)) {
        section = posting.section();
      }
    }
    return section;
  }

  @Property(tries = 200)
  void theOrderOfTheRowsDoesNotMatter(@ForAll("cases") Case c) {
    List<ScoreEvent> reversed = new ArrayList<>(c.events());
    java.util.Collections.reverse(reversed);
    ScoreReport a = Scorer.score(c.office(), Scores.ANJU, c.events(), YEAR);
    ScoreReport b = Scorer.score(c.office(), Scores.ANJU, reversed, YEAR);
    assertEquals(a.people(), b.people());
    assertEquals(a.sections(), b.sections());
    assertEquals(a.commended(), b.commended());
  }

  @Property(tries = 200)
  void theQuartersAddUpToTheYear(@ForAll("cases") Case c) {
    ScoreReport year = Scorer.score(c.office(), Scores.ANJU, c.events(), YEAR);
    List<Standing> all = new ArrayList<>(year.people());
    all.addAll(year.sections());
    for (Standing s : all) {
      int sum = 0;
      for (int q = 1; q <= 4; q++) {
        ScoreReport quarter = Scorer.score(c.office(), Scores.ANJU, c.events(), new Period.Quarter(2026, q));
        List<Standing> list = s.name().startsWith("人") ? quarter.people() : quarter.sections();
        int change = Scores.standing(list, s.name()).total() - 100;
        assertEquals(change, s.quarters().get(q - 1), s.name() + " Q" + q);
        sum += change;
      }
      assertEquals(s.total() - 100, sum, s.name());
    }
  }
}
