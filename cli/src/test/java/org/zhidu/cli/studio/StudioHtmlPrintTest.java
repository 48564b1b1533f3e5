package org.zhidu.cli.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Browser;
import org.zhidu.cli.Cli;

/** The studios' overview page as it is printed: by a real headless Chromium, on A4, in a few pages (W1–W3). */
class StudioHtmlPrintTest {

  @TempDir Path dir;

  @Test
  void theOverviewPrintsOnAFewA4Pages_W1() throws Exception {
    Browser.require();
    Path html = dir.resolve("studios.html");
    Cli.Result r = Cli.run("studio", "check", Cli.ROOT.resolve("examples/chenzhou/studios.yaml").toString(),
        "--as-of", "2026-12-01", "--format", "html", "-o", html.toString());
    assertTrue(r.exitCode() == 0 || r.exitCode() == 1, r.err());
    assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("<html"));
    int pages = Browser.printedPages(html, dir.resolve("studios.pdf"));
    // the city and its counties, each a table: a handful of pages, never one a studio
    assertTrue(pages >= 1 && pages <= 4, pages + " pages");
  }

  @Test
  void aPdfsPagesAreCountedFromItsPageTree() {
    byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 3 >> endobj\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(3, Browser.pages(pdf));
  }
}
