package org.zhidu.cli.registers;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.cli.Cli;
import org.zhidu.cli.CsvFuzz;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.register.Recognition;
import org.zhidu.core.register.RegisterChecker;
import org.zhidu.core.register.Schema;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;

/**
 * A register (G1–G13) read from broken text as registers check reads it: its header recognised among the pack's
 * registers, then checked; or checked as the register given with --type. It is read with every finding at a line,
 * or refused at a line; nothing else escapes.
 */
class RegisterCsvProperties {

  private static final List<Schema> SCHEMAS = PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE).registers();
  /** Before every date of the examples: nothing lent is overdue by then. */
  private static final long AS_OF = 20260601L;

  @Property(tries = 10_000)
  void anyTextIsReadOrRefusedAtALine(@ForAll("registerTexts") String text) {
    CsvFuzz.readOrRefusedAtALine(text, () -> {
      List<Finding> all = new ArrayList<>();
      Recognition r = RegisterChecker.recognise(RegisterChecker.header("r.csv", text), SCHEMAS);
      if (r instanceof Recognition.Recognised known) {
        all.addAll(RegisterChecker.check("r.csv", text, known.schema(), AS_OF, 0).findings());
      } else {
        all.add(RegisterChecker.unrecognised("r.csv", r));
      }
      // as with --type: the register named, whatever the header says
      all.addAll(RegisterChecker.check("r.csv", text, SCHEMAS.get(1), AS_OF, 3).findings());
      return all;
    });
  }

  @Provide
  Arbitrary<String> registerTexts() {
    List<String> seeds = new ArrayList<>();
    for (String name : List.of("good/G1-来文来电登记.csv", "good/G2-用印登记.csv", "broken/G3-印章出借登记.csv",
        "broken/G5-请假加班值班登记.csv", "good/G13-涉密文件登记.csv")) {
      // some examples are saved in GBK, as Excel saves them: decoded as registers check decodes them
      seeds.add(TextDecoding.read(Cli.ROOT.resolve("examples/registers/" + name), name));
    }
    return CsvFuzz.texts(seeds);
  }
}
