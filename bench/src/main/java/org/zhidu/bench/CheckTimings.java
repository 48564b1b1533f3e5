package org.zhidu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code leave check}, {@code claims check} or {@code signoff check} on a 1,000,000-row register against {@code registers check} on a
 * register of the same size ({@link CheckRace}). Usage: {@code CheckTimings leave|claims|signoff|secrecy [ROOT] [rounds]}, or
 * {@code CheckTimings leave|claims|signoff|secrecy write DIR} for the inputs alone (office.yaml and the register), for profiling.
 */
public final class CheckTimings {

  private static final int ROWS = 1_000_000;

  private CheckTimings() {}

  /** Writes a register of {@link #ROWS} rows. */
  private interface RegisterWriter {
    void write(Path register) throws IOException;
  }

  /** A check raced: its office file, its register and its words after {@code zhidu} (then the file, the office). */
  private record Subject(String office, RegisterWriter writer, List<String> command, List<String> options) {
    List<String> args(Path register, Path officeFile) {
      List<String> out = new java.util.ArrayList<>(command);
      out.addAll(List.of(register.toString(), "--office", officeFile.toString()));
      out.addAll(options);
      return out;
    }
  }

  private static final Subject LEAVE = new Subject(LeaveCorpus.officeYaml(),
      r -> LeaveCorpus.write(r, ROWS, 20261202L), List.of("leave", "check"), List.of("--as-of", "2026-12-01"));

  private static final Subject CLAIMS = new Subject(ClaimsCorpus.officeYaml(),
      r -> ClaimsCorpus.write(r, ROWS, 20261203L), List.of("claims", "check"),
      List.of("--pack", "anju-gov-office", "--as-of", "2026-12-01"));

  private static final Subject SIGNOFF = new Subject(TrailCorpus.officeYaml(),
      r -> TrailCorpus.write(r, ROWS, 20261204L), List.of("signoff", "check"), List.of());

  private static final Subject SECRECY = new Subject(LeaveCorpus.officeYaml(),
      r -> SecrecyCorpus.write(r, ROWS, 20261205L), List.of("secrecy", "check"),
      List.of("--pack", "party-office", "--as-of", "2026-12-01"));

  public static void main(String[] args) throws Exception {
    String name = args.length > 0 ? args[0] : "";
    Subject subject = switch (name) {
      case "leave" -> LEAVE;
      case "claims" -> CLAIMS;
      case "signoff" -> SIGNOFF;
      case "secrecy" -> SECRECY;
      default -> throw new IllegalArgumentException(
          "usage: CheckTimings leave|claims|signoff|secrecy [ROOT] [rounds] | write DIR");
    };
    if (args.length == 3 && args[1].equals("write")) {
      Path dir = Path.of(args[2]);
      Files.writeString(dir.resolve("office.yaml"), subject.office(), StandardCharsets.UTF_8);
      subject.writer().write(dir.resolve(name + ".csv"));
      return;
    }
    Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    Path office = Files.createTempFile("zhidu-" + name + "-office-", ".yaml");
    Path register = Files.createTempFile("zhidu-" + name + "-", ".csv");
    try {
      Files.writeString(office, subject.office(), StandardCharsets.UTF_8);
      subject.writer().write(register);
      CheckRace.run(root, rounds, name + " check", ROWS, register, subject.args(register, office));
    } finally {
      Files.deleteIfExists(office);
      Files.deleteIfExists(register);
    }
  }
}
