package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;

/**
 * Generators of broken CSV text for the readers' fuzz properties: a valid file mutated a few times (characters that
 * matter to CSV inserted, text deleted, lines repeated, the file cut short), or text made of those characters alone.
 */
public final class CsvFuzz {

  /** What CSV reading is sensitive to, and some ordinary cell content. */
  private static final char[] CHARS = {
    '"', '"', ',', ',', '\r', '\n', '\n', ' ', '\u3000', '\uFEFF', '\t', 'T', ':', '-', '/', '.', '0', '1', '2', '9',
    '年', '月', '日', '是', '否', '张', '伟', 'a', '、', '；', '\uD83D', '\uDE00'};

  private CsvFuzz() {}

  /** One edit of a text, at a relative position. */
  public record Mutation(int kind, double at, int length, char c) {

    String apply(String text) {
      int n = text.length();
      int i = (int) Math.floor(at * n);
      return switch (kind) {
        case 0, 1 -> text.substring(0, i) + c + text.substring(i);
        case 2 -> text.substring(0, i) + text.substring(Math.min(n, i + length));
        case 3 -> {
          int start = text.lastIndexOf('\n', Math.max(i - 1, 0)) + 1;
          int end = text.indexOf('\n', i);
          end = end < 0 ? n : end + 1;
          yield text.substring(0, end) + text.substring(start, end) + text.substring(end);
        }
        case 4 -> text.substring(0, i);
        default -> text.substring(0, i) + String.valueOf(c).repeat(length) + text.substring(i);
      };
    }
  }

  /**
   * The seeds mutated (nine in ten) or random text of the characters above (one in ten). Seeds of several rows keep
   * most edits out of the header, so that most texts get past it.
   */
  public static Arbitrary<String> texts(List<String> seeds) {
    Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.doubles().between(0, 1).withDistribution(RandomDistribution.uniform()), Arbitraries.integers().between(1, 12), Arbitraries.of(chars()))
        .as(Mutation::new);
    Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(seeds), mutation.list().ofMinSize(1).ofMaxSize(4))
        .as((seed, edits) -> {
          String text = seed;
          for (Mutation m : edits) {
            text = m.apply(text);
          }
          return text;
        });
    Arbitrary<String> random = Arbitraries.strings().withChars(CHARS).ofMaxLength(120);
    return Arbitraries.frequencyOf(Tuple.of(9, mutated), Tuple.of(1, random));
  }

  private static Character[] chars() {
    Character[] out = new Character[CHARS.length];
    for (int i = 0; i < CHARS.length; i++) {
      out[i] = CHARS[i];
    }
    return out;
  }

  /** Reads a text into its findings; may refuse it with an {@link InputException}. */
  @FunctionalInterface
  public interface Read {
    List<Finding> findings();
  }

  /**
   * The law of every CSV reader: a text is read, every finding at a line of it, or refused at a line; counted as
   * read, read with findings or refused (with the reason), for the property's statistics.
   */
  public static void readOrRefusedAtALine(String text, Read read) {
    try {
      List<Finding> findings = read.findings();
      Statistics.label("outcome").collect(findings.isEmpty() ? "read" : "read with findings");
      for (Finding f : findings) {
        assertTrue(f.location().line() >= 1, () -> f + " in\n" + text);
      }
    } catch (InputException e) {
      Statistics.label("outcome").collect("refused: " + e.problem().key());
      assertTrue(e.location().line() >= 1, () -> e.location() + " " + e.problem() + " in\n" + text);
    }
  }
}
