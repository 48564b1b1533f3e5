package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.cli.leave.LeaveCommand;
import org.zhidu.cli.signoff.SignoffCommand;

/** A run builds the model of the command group it names, and no other: start-up is most of a small run. */
class ZhiduCommandTest {

  @Test
  void aCommandLineNeedsTheGroupItNamesFirst() {
    assertEquals(List.of(LeaveCommand.class), ZhiduCommand.subcommandsFor(new String[] {"leave", "check", "a.csv"}));
    assertEquals(List.of(SignoffCommand.class),
        ZhiduCommand.subcommandsFor(new String[] {"--lang", "en", "signoff", "check", "--help"}));
    assertEquals(List.of(), ZhiduCommand.subcommandsFor(new String[] {"--version"}), "the version needs none");
  }

  @Test
  void helpNoCommandOrAnUnknownWordNeedEveryGroup() {
    for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"help", "names", "check"},
        new String[] {"lev"}, new String[] {"--lang", "en"}, new String[] {"generate-completion"})) {
      assertEquals(ZhiduCommand.SUBCOMMANDS, ZhiduCommand.subcommandsFor(args), String.join(" ", args));
    }
  }
}
