package org.zhidu.cli.secrecy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.zhidu.cli.Context;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.register.Recognition;
import org.zhidu.core.register.RegisterChecker;
import org.zhidu.core.register.Schema;
import org.zhidu.core.secrecy.SecrecyChecker;

/**
 * The registers given to a secrecy command, each recognised from its header among the schemas the command reads,
 * and read into one checker: the carriers' registers first (S1 remembers the levels of what they hold as the others
 * are read), then the rest in the order given.
 */
final class SecrecyRegisters {

  /**
   * One register as read.
   *
   * @param file as given on the command line
   * @param schema the register it was recognised as, or {@code null} (then {@code unrecognised} says why)
   * @param rows how many rows it had
   * @param unrecognised the finding for a header that is none of the registers, or {@code null}
   */
  record Read(String file, Schema schema, int rows, Finding unrecognised) {}

  private SecrecyRegisters() {}

  /** Reads the files into the checker; the result is in the order given. */
  static List<Read> read(Context context, List<Path> files, List<Schema> schemas, SecrecyChecker checker,
      Executor helper) {
    record Pending(int index, String file, TextDecoding.Chunks chunks, Schema schema) {}
    List<Read> out = new ArrayList<>();
    List<Pending> pending = new ArrayList<>();
    List<Path> seen = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String shown = files.get(i).toString();
      Path real = real(context.workingDirectory().resolve(files.get(i)));
      if (seen.contains(real)) {
        // a register read twice would count each of its loans and copies twice
        throw new InputException(new Location(shown, 0, 0, null), Message.of("secrecy.given_twice"));
      }
      seen.add(real);
      TextDecoding.Chunks chunks = TextDecoding.readChunks(context.workingDirectory().resolve(files.get(i)), shown);
      Recognition r = RegisterChecker.recognise(RegisterChecker.header(shown, chunks.parts().get(0)), schemas);
      if (r instanceof Recognition.Recognised known) {
        pending.add(new Pending(i, shown, chunks, known.schema()));
        out.add(null);
      } else {
        out.add(new Read(shown, null, 0, RegisterChecker.unrecognised(shown, r)));
      }
    }
    // the carriers first (the schemas list them first), the rest as given: the sort keeps the order of equals
    pending.sort(Comparator.comparingInt((Pending p) -> p.schema() == schemas.get(0) ? 0 : 1));
    for (Pending p : pending) {
      int before = checker.rows();
      SecrecyCsv.read(p.file(), p.chunks(), p.schema(), checker, helper);
      out.set(p.index(), new Read(p.file(), p.schema(), checker.rows() - before, null));
    }
    return out;
  }

  /**
   * The registers as JSON, each with its own findings ({@code registers[{file, register, rows, findings}]}): a
   * finding is then always known by its file.
   */
  static void json(com.fasterxml.jackson.core.JsonGenerator json, List<Read> read, List<Finding> findings,
      org.zhidu.cli.Texts texts) throws java.io.IOException {
    json.writeArrayFieldStart("registers");
    for (Read r : read) {
      json.writeStartObject();
      json.writeStringField("file", r.file());
      json.writeStringField("register", r.schema() == null ? null : r.schema().id());
      json.writeNumberField("rows", r.rows());
      org.zhidu.cli.output.Json.findings(json, findings.stream().filter(f -> r.file().equals(f.location().file()))
          .toList(), texts);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The file's real path, or its normal form when it cannot be resolved (reading it then says why). */
  private static Path real(Path file) {
    try {
      return file.toRealPath();
    } catch (java.io.IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }
}
