package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.Registry;

/** What the preload binds ahead is a section of the registry, for a group the command line has. */
class PreloadTest {

  @Test
  void eachGroupsSectionIsASectionOfTheRegistry() {
    Set<String> keys = Registry.sections().stream().map(PackSection::key).collect(Collectors.toSet());
    Set<String> groups = ZhiduCommand.SUBCOMMANDS.stream()
        .map(c -> c.getAnnotation(picocli.CommandLine.Command.class).name()).collect(Collectors.toSet());
    Preload.SECTION.forEach((group, key) -> {
      assertTrue(keys.contains(key), group + ": " + key + " is no section");
      assertTrue(groups.contains(group), group + " is no group");
    });
    assertTrue(groups.containsAll(Preload.NO_PACK), "the groups without a pack are groups");
  }
}
