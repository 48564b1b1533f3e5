package org.zhidu.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code leave check} on a 1,000,000-row leave register against {@code registers check} on a register of the same
 * size ({@link CheckRace}). Usage: {@code LeaveTimings ROOT [rounds]}, or {@code LeaveTimings write DIR} for the
 * inputs alone.
 */
public final class LeaveTimings {

  private LeaveTimings() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("write")) {
      // the inputs alone, for profiling: LeaveTimings write DIR
      Path dir = Path.of(args[1]);
      Files.writeString(dir.resolve("office.yaml"), LeaveCorpus.officeYaml(), StandardCharsets.UTF_8);
      LeaveCorpus.write(dir.resolve("leave.csv"), 1_000_000, 20261202L);
      return;
    }
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path office = Files.createTempFile("zhidu-leave-office-", ".yaml");
    Path leave = Files.createTempFile("zhidu-leave-", ".csv");
    try {
      Files.writeString(office, LeaveCorpus.officeYaml(), StandardCharsets.UTF_8);
      LeaveCorpus.write(leave, 1_000_000, 20261202L);
      CheckRace.run(root, rounds, "leave check", 1_000_000, leave, List.of("leave", "check", leave.toString(),
          "--office", office.toString(), "--as-of", "2026-12-01"));
    } finally {
      Files.deleteIfExists(office);
      Files.deleteIfExists(leave);
    }
  }
}
