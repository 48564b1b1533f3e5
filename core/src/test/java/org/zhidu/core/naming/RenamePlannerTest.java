package org.zhidu.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rename plans never overwrite, whatever the file system's idea of "the same name". */
class RenamePlannerTest {

  @Test
  void aFreeTargetIsPlanned() {
    var plan = RenamePlanner.plan(
        List.of(new RenamePlanner.Request("d", "a[1].doc", "a〔1〕.doc")), Map.of("d", Set.of("a[1].doc")));
    assertEquals(1, plan.renames().size());
    assertEquals(List.of(), plan.skipped());
  }

  @Test
  void anExistingTargetIsSkipped() {
    var plan = RenamePlanner.plan(
        List.of(new RenamePlanner.Request("d", "x.doc", "y.doc")), Map.of("d", Set.of("x.doc", "y.doc")));
    assertEquals(RenamePlanner.SkipReason.TARGET_EXISTS, plan.skipped().get(0).reason());
  }

  @Test
  void aTargetDifferingOnlyInCaseFromAnExistingFileIsSkipped() {
    var plan = RenamePlanner.plan(
        List.of(new RenamePlanner.Request("d", "x.doc", "Y.doc")), Map.of("d", Set.of("x.doc", "y.DOC")));
    assertEquals(RenamePlanner.SkipReason.TARGET_COLLIDES, plan.skipped().get(0).reason());
    assertEquals("y.DOC", plan.skipped().get(0).clashesWith());
  }

  @Test
  void aTargetDifferingOnlyInNormalisationFromAnExistingFileIsSkipped() {
    String nfd = java.text.Normalizer.normalize("café.doc", java.text.Normalizer.Form.NFD);
    var plan = RenamePlanner.plan(
        List.of(new RenamePlanner.Request("d", "x.doc", "café.doc")), Map.of("d", Set.of("x.doc", nfd)));
    assertEquals(RenamePlanner.SkipReason.TARGET_COLLIDES, plan.skipped().get(0).reason());
  }

  @Test
  void twoRenamesToTheSameTargetAreBothSkipped() {
    var plan = RenamePlanner.plan(
        List.of(new RenamePlanner.Request("d", "a.doc", "c.doc"), new RenamePlanner.Request("d", "b.doc", "C.doc")),
        Map.of("d", Set.of("a.doc", "b.doc")));
    assertEquals(0, plan.renames().size());
    assertEquals(2, plan.skipped().size());
  }

  @Test
  void theSameTargetInDifferentFoldersIsFine() {
    var plan = RenamePlanner.plan(
        List.of(new RenamePlanner.Request("d1", "a.doc", "c.doc"), new RenamePlanner.Request("d2", "a.doc", "c.doc")),
        Map.of("d1", Set.of("a.doc"), "d2", Set.of("a.doc")));
    assertEquals(2, plan.renames().size());
  }

  @Test
  void aCaseOnlyRenameIsPlannedAndMarked() {
    var request = new RenamePlanner.Request("d", "a.DOC", "a.doc");
    var plan = RenamePlanner.plan(List.of(request), Map.of("d", Set.of("a.DOC")));
    assertEquals(List.of(request), plan.renames());
    assertEquals(true, request.caseOnly());
  }
}
