package org.zhidu.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.zhidu.cli.input.Background;
import org.zhidu.cli.options.PackOption;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.Pack;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.Registry;
import org.zhidu.policies.calendar.HolidayData;

/**
 * What a command line will read whatever it says, started on threads of its own before picocli builds and parses
 * it: the built-in pack it names (or the default one) with the section its group reads, and the State Council's
 * calendar for the commands that count working days. Loading them is most of a short run; the command then finds them loaded, or waits for the same load
 * to end (each is read once: {@link PackLoader#builtIn}, {@link HolidayData#builtIn}). A failure here is left for the
 * command to meet again and say. Nothing starts for help, an argument file or a pack that is a file.
 */
final class Preload {

  /** The groups that read no pack. */
  static final Set<String> NO_PACK = Set.of("calendar", "help", "generate-completion");

  /** The groups that count on the working calendar. */
  private static final Set<String> CALENDAR = Set.of("calendar", "rota", "score", "leave", "obligations", "signoff",
      "surge");

  /**
   * The key of the section of the pack each group reads first, bound on the same thread once the pack is loaded: a
   * key, not the section, so that the registry of every area is set up on that thread too, not on this one.
   */
  static final Map<String, String> SECTION = Map.ofEntries(
      Map.entry("names", "naming"),
      Map.entry("rota", "rota"),
      Map.entry("score", "scoring"),
      Map.entry("leave", "leave"),
      Map.entry("spend", "spending"),
      Map.entry("claims", "spending"),
      Map.entry("vote", "votes"),
      Map.entry("meeting", "signoff"),
      Map.entry("signoff", "signoff"),
      Map.entry("secrecy", "secrecy"),
      Map.entry("obligations", "obligations"),
      Map.entry("surge", "surge"),
      Map.entry("studio", "studios"),
      Map.entry("registers", "registers"));

  /** Options before the group that take a value. */
  private static final Set<String> VALUED = Set.of("--lang", "--color");

  private Preload() {}

  static void start(String[] args, Path workingDirectory) {
    String group = null;
    String pack = BuiltInPacks.DEFAULT;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-h") || arg.equals("--help") || arg.startsWith("@")) {
        return;
      } else if (arg.equals("--pack") && i + 1 < args.length) {
        pack = args[++i];
      } else if (arg.startsWith("--pack=")) {
        pack = arg.substring("--pack=".length());
      } else if (group == null && VALUED.contains(arg)) {
        i++; // its value
      } else if (group == null && !arg.startsWith("-")) {
        group = arg;
      }
    }
    if (group == null) {
      return;
    }
    if (!NO_PACK.contains(group) && BuiltInPacks.exists(pack) && PackOption.fileOf(pack, workingDirectory) == null) {
      String id = pack;
      String key = SECTION.get(group);
      Background.start("zhidu-pack", () -> quietly(() -> {
        Pack loaded = PackLoader.builtIn(id);
        for (PackSection<?, ?> section : Registry.sections()) {
          if (section.key().equals(key)) {
            loaded.sectionOrNull(section);
          }
        }
        return loaded;
      }));
    }
    if (CALENDAR.contains(group)) {
      Background.start("zhidu-calendar", () -> quietly(HolidayData::builtIn));
    }
  }

  private static <T> T quietly(Supplier<T> load) {
    try {
      return load.get();
    } catch (RuntimeException e) {
      return null; // the command loads it again and says what went wrong
    }
  }
}
