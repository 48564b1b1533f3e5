package org.zhidu.policies.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.studio.Studio;
import org.zhidu.core.studio.StudioCheck;
import org.zhidu.core.studio.StudioPolicy;
import org.zhidu.core.studio.StudioProblem;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.YamlFuzz;

/** W1–W3 through the chenzhou-cppcc pack: each clause's cases, two failed years in a row, the term's last day. */
class StudioCheckTest {

  static final StudioPolicy POLICY = PackLoader.builtIn("chenzhou-cppcc").studios();
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
  static final Location AT = new Location("s.yaml", 2, 1, null);

  /** A studio with everything, approved in 2020 (no pilot year), in good standing. */
  static Studio studio(Map<Integer, Boolean> assessments, LocalDate termEnds, Studio.Status status,
      boolean returned) {
    Map<String, Set<String>> has = new java.util.HashMap<>();
    POLICY.requirements().forEach(r -> has.put(r.name(), Set.copyOf(r.items())));
    List<Studio.Step> steps = new ArrayList<>();
    LocalDate day = LocalDate.of(2020, 3, 1);
    for (String step : POLICY.chain()) {
      steps.add(new Studio.Step(step, day, AT));
      day = day.plusDays(5);
    }
    return new Studio("工作室", "", false, List.of("甲"), has, steps, assessments, termEnds, status, returned, AT);
  }

  static List<StudioProblem> problems(Studio... studios) {
    List<StudioProblem> out = new ArrayList<>();
    for (Finding f : StudioCheck.check(List.of(studios), POLICY, AS_OF, AT).findings()) {
      for (StudioProblem p : StudioProblem.values()) {
        if (p.messageKey().equals(f.message().key())) {
          out.add(p);
        }
      }
    }
    return out;
  }

  @Test
  void aStudioWithEverythingInGoodStandingIsClean() {
    assertEquals(List.of(), problems(studio(Map.of(2020, true, 2021, false), null, Studio.Status.ACTIVE, false)));
  }

  @Test
  void w3OneFailedYearOrTwoNotInARowKeepIt() {
    assertEquals(List.of(), problems(studio(Map.of(2020, false, 2021, true, 2022, false), null,
        Studio.Status.ACTIVE, false)));
    assertEquals(List.of(), problems(studio(Map.of(2020, false, 2022, false), null, Studio.Status.ACTIVE, false)),
        "a year without an assessment breaks the run");
  }

  @Test
  void w3TwoFailedYearsInARowRevokeAndTheSignIsTakenBack() {
    assertEquals(List.of(StudioProblem.TO_REVOKE),
        problems(studio(Map.of(2020, false, 2021, false), null, Studio.Status.ACTIVE, false)));
    assertEquals(List.of(StudioProblem.SIGN_NOT_RETURNED),
        problems(studio(Map.of(2020, false, 2021, false), null, Studio.Status.REVOKED, false)));
    assertEquals(List.of(), problems(studio(Map.of(2020, false, 2021, false), null, Studio.Status.REVOKED, true)));
    assertEquals(List.of(), problems(studio(Map.of(2026, false, 2027, false), null, Studio.Status.ACTIVE, false)),
        "a year after the check day is not counted");
  }

  @Test
  void w3TheTermsLastDayClosesItTheDayBeforeDoesNot() {
    assertEquals(List.of(StudioProblem.TO_CLOSE), problems(studio(Map.of(), AS_OF, Studio.Status.ACTIVE, false)));
    assertEquals(List.of(), problems(studio(Map.of(), AS_OF.plusDays(1), Studio.Status.ACTIVE, false)));
  }

  @Test
  void w2AGroupsApplicationIsSignedByTwoDifferentPeople() {
    Studio s = studio(Map.of(), null, Studio.Status.ACTIVE, false);
    for (List<String> names : List.of(List.of("李明", "李明"), List.of("李明", " "), List.of("李明", " 李明 "))) {
      Studio group = new Studio(s.name(), "", true, names, s.has(), s.approval(), Map.of(), null,
          Studio.Status.ACTIVE, false, AT);
      assertEquals(List.of(StudioProblem.NO_JOINT_SIGNATURES), problems(group), names.toString());
    }
  }

  @Test
  void w3PilotNumbersOf2019() {
    List<Studio> city = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Studio s = studio(Map.of(), null, Studio.Status.ACTIVE, false);
      List<Studio.Step> steps = s.approval().stream()
          .map(st -> new Studio.Step(st.step(), st.date().withYear(2019), AT)).toList();
      city.add(new Studio("工作室" + i, "", false, List.of("甲"), s.has(), steps, Map.of(), null,
          Studio.Status.ACTIVE, false, AT));
    }
    assertEquals(List.of(StudioProblem.PILOT_NUMBER), problems(city.subList(0, 2).toArray(Studio[]::new)));
    assertEquals(List.of(), problems(city.subList(0, 3).toArray(Studio[]::new)));
    assertEquals(List.of(), problems(city.subList(0, 5).toArray(Studio[]::new)));
    assertEquals(List.of(StudioProblem.PILOT_NUMBER), problems(city.toArray(Studio[]::new)));
    List<Studio> withApplied = new ArrayList<>(city.subList(0, 3));
    withApplied.add(new Studio("申请中", "", false, List.of("甲"), city.get(0).has(),
        List.of(new Studio.Step("申请", LocalDate.of(2019, 11, 1), AT)), Map.of(), null, Studio.Status.ACTIVE, false,
        AT));
    assertTrue(!problems(withApplied.toArray(Studio[]::new)).contains(StudioProblem.PILOT_NUMBER),
        "a studio only applied for is no pilot yet");
  }

  @Test
  void theExampleShowsEveryKind_W1_W2_W3() {
    List<Studio> studios = StudioLoader.load("studios.yaml", YamlFuzz.example("examples/chenzhou/studios.yaml"));
    List<StudioProblem> found = problems(studios.toArray(Studio[]::new));
    for (StudioProblem p : List.of(StudioProblem.LACKS, StudioProblem.STEP_MISSING, StudioProblem.STEP_ORDER,
        StudioProblem.NO_JOINT_SIGNATURES, StudioProblem.TO_REVOKE, StudioProblem.TO_CLOSE)) {
      assertTrue(found.contains(p), p + " in " + found);
    }
  }

  @Property(tries = 10_000)
  void aMutatedOverviewIsCheckedOrRefusedAtALine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits) {
    String yaml = YamlFuzz.mutate(YamlFuzz.example("examples/chenzhou/studios.yaml"), seed, edits);
    try {
      StudioCheck.check(StudioLoader.load("s.yaml", yaml), POLICY, AS_OF, AT);
    } catch (InputException e) {
      assertEquals("s.yaml", e.location().file());
      assertTrue(e.location().line() <= yaml.lines().count() + 1, e.location().toString());
    }
  }
}
