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

  /** Regression: an NFD name whose NFC spelling is another file of the folder was planned, and the rename failed. */
  @Test
  void aNormalisationOnlyRenameWhoseTargetIsAnotherFileIsSkipped() {
    String nfc = "遂安府办函〔2015〕21号-通知-关于café调研工作的通知(2015.03.14).doc";
    String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
    var request = new RenamePlanner.Request("d", nfd, nfc);
    var plan = RenamePlanner.plan(List.of(request), Map.of("d", Set.of(nfd, nfc)));
    assertEquals(List.of(), plan.renames());
    assertEquals(RenamePlanner.SkipReason.TARGET_EXISTS, plan.skipped().get(0).reason());
    assertEquals(nfc, plan.skipped().get(0).clashesWith());
  }

  @Test
  void aCaseOnlyRenameIsSkippedWhenAnotherCaseOfTheNameIsAnotherFile() {
    var plan = RenamePlanner.plan(
        List.of(new RenamePlanner.Request("d", "a.DOC", "a.doc")), Map.of("d", Set.of("a.DOC", "A.doc")));
    assertEquals(RenamePlanner.SkipReason.TARGET_COLLIDES, plan.skipped().get(0).reason());
    assertEquals("A.doc", plan.skipped().get(0).clashesWith());
  }
}
