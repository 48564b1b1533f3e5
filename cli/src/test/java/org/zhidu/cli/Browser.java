package org.zhidu.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page looked at as people look at it: printed to PDF by a real headless Chromium (Debian's {@code chromium}
 * package; {@code ZHIDU_CHROMIUM} names another). A test that needs one is skipped, saying why, where none is
 * installed; {@code .ci/run} installs it where it can.
 */
public final class Browser {

  private static final List<String> PLACES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

  private Browser() {}

  /** The browser, or the test is skipped with the reason. */
  public static Path require() {
    String own = System.getenv("ZHIDU_CHROMIUM");
    if (own != null && Files.isExecutable(Path.of(own))) {
      return Path.of(own);
    }
    for (String place : PLACES) {
      if (Files.isExecutable(Path.of(place))) {
        return Path.of(place);
      }
    }
    assumeTrue(false, "no headless Chromium here (install Debian's chromium and fonts-noto-cjk, or set ZHIDU_CHROMIUM):"
        + " the page is not printed");
    throw new IllegalStateException("unreachable");
  }

  /** Prints the page to {@code pdf} on A4 and returns how many pages it took. */
  public static int printedPages(Path html, Path pdf) throws IOException, InterruptedException {
    Path chromium = require();
    Path profile = Files.createTempDirectory(pdf.getParent(), "chromium-");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-pdf-header-footer", "--user-data-dir=" + profile, "--print-to-pdf=" + pdf,
        html.toAbsolutePath().toUri().toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(
        pdf.getParent().resolve("chromium.log").toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("Chromium did not print " + html + " within 120 s");
    }
    if (!Files.exists(pdf)) {
      throw new IllegalStateException("Chromium printed nothing: " + Files.readString(
          pdf.getParent().resolve("chromium.log"), StandardCharsets.UTF_8));
    }
    return pages(Files.readAllBytes(pdf));
  }

  /** The pages of a PDF: the count of its page tree's root ({@code /Type /Pages … /Count n}). */
  public static int pages(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher m = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b")
        .matcher(text);
    int most = 0;
    while (m.find()) {
      most = Math.max(most, Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    if (most == 0) {
      throw new IllegalStateException("no page tree in the PDF");
    }
    return most;
  }
}
