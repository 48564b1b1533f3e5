package org.zhidu.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code claims check} on a 1,000,000-row claims register against {@code registers check} on a register of the same
 * size ({@link CheckRace}). Usage: {@code ClaimsTimings ROOT [rounds]}, or {@code ClaimsTimings write DIR} for the
 * inputs alone.
 */
public final class ClaimsTimings {

  private ClaimsTimings() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("write")) {
      // the inputs alone, for profiling: ClaimsTimings write DIR
      Path dir = Path.of(args[1]);
      Files.writeString(dir.resolve("office.yaml"), ClaimsCorpus.officeYaml(), StandardCharsets.UTF_8);
      ClaimsCorpus.write(dir.resolve("claims.csv"), 1_000_000, 20261203L);
      return;
    }
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path office = Files.createTempFile("zhidu-claims-office-", ".yaml");
    Path claims = Files.createTempFile("zhidu-claims-", ".csv");
    try {
      Files.writeString(office, ClaimsCorpus.officeYaml(), StandardCharsets.UTF_8);
      ClaimsCorpus.write(claims, 1_000_000, 20261203L);
      CheckRace.run(root, rounds, "claims check", 1_000_000, claims, List.of("claims", "check", claims.toString(),
          "--office", office.toString(), "--pack", "anju-gov-office", "--as-of", "2026-12-01"));
    } finally {
      Files.deleteIfExists(office);
      Files.deleteIfExists(claims);
    }
  }
}
