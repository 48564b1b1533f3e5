package org.zhidu.core.signoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhidu.core.rule.RuleId;

/**
 * How a pack's documents are signed off (D1, D2, D6, D7; D5 for a leader's drafts): the chains, the steps some
 * documents add, and the words a signature must hold.
 *
 * @param chains each kind of document's chain
 * @param additions steps a kind of document adds to its chain (规范性文件: the legal review; 报市政府: the second
 *     proof-read)
 * @param baseType the chain a trail takes whose type names only additions (a 规范性文件 with no 政府发文 or
 *     政府办发文 said), or {@code null}
 * @param explicit the words an explicit opinion holds, any of them (同意 also in 不同意 and 拟同意); empty where the
 *     pack's documents say nothing of a signature's words (then no signature's words, name or time are checked)
 * @param reviewWord how agreement is written inside the office's review steps (拟同意), or {@code null}
 * @param refusal the word that says no (不同意): a review that refuses is not agreement; or {@code null}
 * @param proofWords what the final proof-reader writes, or {@code null}
 * @param rule the rule of the signatures (D2)
 * @param clause the clause of the signatures, or {@code null}
 */
public record TrailPolicy(List<TrailChain> chains, List<Addition> additions, String baseType, List<String> explicit,
    String reviewWord, String refusal, String proofWords, RuleId rule, String clause) {

  /**
   * A step some documents add.
   *
   * @param type the word of the 发文类型 cell that adds it
   * @param step the step
   * @param after the name of the step it follows
   */
  public record Addition(String type, TrailStep step, String after) {
    /**
     * Refuses an addition with a part missing.
     *
     * @param type the word of the 发文类型 cell that adds it
     * @param step the step
     * @param after the name of the step it follows
     * @throws NullPointerException if {@code type}, {@code step} or {@code after} is {@code null}
     */
    public Addition {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * Refuses a policy without its rule; keeps unmodifiable copies of the lists.
   *
   * @param chains each kind of document's chain
   * @param additions steps a kind of document adds to its chain (规范性文件: the legal review; 报市政府: the second proof-read)
   * @param baseType the chain a trail takes whose type names only additions (a 规范性文件 with no 政府发文 or 政府办发文 said), or
   *     {@code null}
   * @param explicit the words an explicit opinion holds, any of them (同意 also in 不同意 and 拟同意); empty where the pack's
   *     documents say nothing of a signature's words (then no signature's words, name or time are checked)
   * @param reviewWord how agreement is written inside the office's review steps (拟同意), or {@code null}
   * @param refusal the word that says no (不同意): a review that refuses is not agreement; or {@code null}
   * @param proofWords what the final proof-reader writes, or {@code null}
   * @param rule the rule of the signatures (D2)
   * @param clause the clause of the signatures, or {@code null}
   * @throws NullPointerException if {@code rule}, {@code chains}, {@code additions} or {@code explicit} is {@code null}
   */
  public TrailPolicy {
    chains = List.copyOf(chains);
    additions = List.copyOf(additions);
    explicit = List.copyOf(explicit);
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Whether the pack's documents say what a signature holds (D2).
   *
   * @return {@code true} when {@code explicit} holds a word, so that words, names and times are checked
   */
  public boolean signatures() {
    return !explicit.isEmpty();
  }

  /**
   * The chain a trail's 发文类型 names: one chain's word, with the words of additions (政府发文、规范性文件, or
   * 规范性文件 alone on the {@link #baseType}); {@code null} when the words name no chain.
   *
   * @param words the cell's words, in order
   * @return the chain with the additions put in, or {@code null}
   */
  public TrailChain chainOf(List<String> words) {
    TrailChain base = null;
    List<Addition> added = new ArrayList<>();
    for (String word : words) {
      TrailChain c = chainNamed(word);
      Addition a = additionNamed(word);
      if (c != null && base == null) {
        base = c;
      } else if (a != null) {
        added.add(a);
      } else {
        return null; // an unknown word, or a second chain
      }
    }
    if (base == null) {
      base = added.isEmpty() || baseType == null ? null : chainNamed(baseType);
      if (base == null) {
        return null;
      }
    }
    for (Addition a : added) {
      base = base.with(a.step(), a.after());
    }
    return base;
  }

  /**
   * The chain a 发文类型 cell names, its words separated by 、 , ， ; ； / + or spaces.
   *
   * @param cell the 发文类型 cell, as written
   * @return the chain, or {@code null} when the cell names none
   */
  public TrailChain chainOf(String cell) {
    List<String> words = new ArrayList<>();
    for (String w : cell.split("[、,，;；/+＋\\s\u3000]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words.isEmpty() ? null : chainOf(words);
  }

  /**
   * Every word a 发文类型 cell may hold.
   *
   * @return the chains' words, then the additions', in the pack's order
   */
  public List<String> typeWords() {
    List<String> out = new ArrayList<>();
    chains.forEach(c -> out.addAll(c.types()));
    additions.forEach(a -> out.add(a.type()));
    return out;
  }

  private TrailChain chainNamed(String word) {
    for (TrailChain c : chains) {
      if (c.types().contains(word)) {
        return c;
      }
    }
    return null;
  }

  private Addition additionNamed(String word) {
    for (Addition a : additions) {
      if (a.type().equals(word)) {
        return a;
      }
    }
    return null;
  }
}
