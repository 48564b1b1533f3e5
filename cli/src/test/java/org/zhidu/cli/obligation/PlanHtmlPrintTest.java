package org.zhidu.cli.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Browser;
import org.zhidu.cli.Cli;

/** The year at a glance as it is printed: by a real headless Chromium, one A4 page a quarter (P4, P5). */
class PlanHtmlPrintTest {

  @TempDir Path dir;

  @Test
  void eachQuarterPrintsOnOnePage_P4() throws Exception {
    Browser.require();
    for (String pack : new String[] {"anju-gov-office", "wujiang-cppcc"}) {
      Path html = dir.resolve(pack + ".html");
      Cli.Result r = Cli.run("obligations", "plan", "--pack", pack, "--year", "2026", "--format", "html", "-o",
          html.toString());
      assertEquals(0, r.exitCode(), r.err());
      String page = Files.readString(html, StandardCharsets.UTF_8);
      assertTrue(page.contains("线(组)例会") || page.contains("主席会议"), page);
      assertEquals(4, Browser.printedPages(html, dir.resolve(pack + ".pdf")), pack);
    }
  }
}
