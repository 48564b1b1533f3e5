package org.zhidu.cli.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;

/** The overview page of the studios (W1–W3): a table for each county, the city's first; the file's words escaped. */
class StudioHtmlTest {

  @TempDir
  Path dir;

  @Test
  void eachCountyHasItsTableAndAStudiosNameIsTextNotMarkup_W1() throws IOException {
    Path file = dir.resolve("studios.yaml");
    Files.writeString(file, """
        studios:
          - name: "<script>alert(1)</script>工作室"
            county: 苏仙区
            has: { 四有: [固定场所] }
            approval:
              - { step: 申请, date: 2019-05-06 }
          - name: 市级工作室
            has: { 四有: [固定场所, 委员队伍, 工作机制, 管理主体] }
        """);
    Cli.Result r = Cli.run("studio", "check", file.toString(), "--as-of", "2026-12-01", "--format", "html");
    assertEquals(1, r.exitCode(), r.err());
    String page = r.out();
    assertFalse(page.contains("<script>"), page);
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;工作室"), page);
    assertTrue(page.indexOf("<h2>市政协") < page.indexOf("<h2>苏仙区"), "the city's own studios first");
    assertTrue(page.contains("缺少四有"), "what a studio lacks is in its row");
  }
}
