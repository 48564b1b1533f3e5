package org.zhidu.core.spending;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.zhidu.core.rule.Alternatives;
import org.zhidu.core.approval.Limit;

/**
 * What a pack's spending clause asks of a claim besides who approves the spending: the papers attached, approval
 * before the money is spent, travel claims soon after the return, fixed assets registered, the meal norm and the
 * monthly tallies. Each part is left out ({@code null} or empty) where the document says nothing of it.
 *
 * <p>In the papers and in a chain of signers, one word may name alternatives joined by 或 ({@link Alternatives}).
 *
 * @param papers the papers each kind of claim carries
 * @param before the spending approved before it is made
 * @param travel how soon after the return a travel claim is made
 * @param assets from which value a purchase is a fixed asset and carries an asset number
 * @param meals the norm of a meal a head
 * @param tallies the claims tallied in a window of the next month
 * @param sectionHead the post in a chain that means the head of the claimant's own section (科室负责人), or
 *     {@code null}
 */
public record ClaimPolicy(List<Papers> papers, Before before, Travel travel, List<AssetLine> assets, MealNorm meals,
    List<Tally> tallies, String sectionHead) {

  /** No part: a pack whose clause asks nothing of a claim. */
  public static final ClaimPolicy NONE = new ClaimPolicy(null, null, null, null, null, null, null);

  /**
   * Keeps unmodifiable copies of the lists (an absent one is empty).
   *
   * @param papers the papers each kind of claim carries
   * @param before the spending approved before it is made
   * @param travel how soon after the return a travel claim is made
   * @param assets from which value a purchase is a fixed asset and carries an asset number
   * @param meals the norm of a meal a head
   * @param tallies the claims tallied in a window of the next month
   * @param sectionHead the post in a chain that means the head of the claimant's own section (科室负责人), or {@code null}
   */
  public ClaimPolicy {
    papers = papers == null ? List.of() : List.copyOf(papers);
    assets = assets == null ? List.of() : List.copyOf(assets);
    tallies = tallies == null ? List.of() : List.copyOf(tallies);
  }

  /**
   * The papers of the kind's entry that none of the attachments is, in the entry's order.
   *
   * @param kind the claim's kind, such as 公务接待
   * @param attached the papers the claim lists as attached
   * @return the papers missing; empty when none is missing or the kind has no entry
   */
  public List<String> missingPapers(String kind, Collection<String> attached) {
    return missingPapers(kind, attached, Alternatives::of);
  }

  /**
   * The same, with each paper's alternatives as {@code alternatives} gives them ({@link Alternatives#of}, or what a
   * checker read of them once).
   *
   * @param kind the claim's kind, such as 公务接待
   * @param attached the papers the claim lists as attached
   * @param alternatives the alternatives a paper's word names
   * @return the papers missing; empty when none is missing or the kind has no entry
   */
  public List<String> missingPapers(String kind, Collection<String> attached,
      Function<String, List<String>> alternatives) {
    for (Papers p : papers) {
      if (p.kinds().contains(kind)) {
        List<String> missing = new ArrayList<>();
        for (String paper : p.papers()) {
          boolean found = false;
          for (String alternative : alternatives.apply(paper)) {
            found |= attached.contains(alternative);
          }
          if (!found) {
            missing.add(paper);
          }
        }
        return missing;
      }
    }
    return List.of();
  }

  /**
   * The papers entry of a kind, or {@code null}.
   *
   * @param kind the claim's kind
   * @return the first entry that names the kind, or {@code null}
   */
  public Papers papersOf(String kind) {
    for (Papers p : papers) {
      if (p.kinds().contains(kind)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The asset line a purchase of the kind is measured against, or {@code null} when it buys no fixed asset.
   *
   * @param kind the purchase's kind
   * @return the first line that names the kind, or {@code null}
   */
  public AssetLine assetLine(String kind) {
    for (AssetLine a : assets) {
      if (a.kinds().contains(kind)) {
        return a;
      }
    }
    return null;
  }

  /**
   * The monthly tally of the kind, or {@code null}.
   *
   * @param kind the claim's kind
   * @return the first tally that names the kind, or {@code null}
   */
  public Tally tally(String kind) {
    for (Tally t : tallies) {
      if (t.kinds().contains(kind)) {
        return t;
      }
    }
    return null;
  }

  /**
   * {@code 接待: 发票, 接待审批单, 来文公函, 菜单} (四单制).
   *
   * @param kinds the kinds of claim
   * @param papers the papers, each possibly alternatives joined by 或
   * @param clause the clause
   */
  public record Papers(List<String> kinds, List<String> papers, String clause) {
    /**
     * Refuses an entry without its clause; keeps unmodifiable copies of the lists.
     *
     * @param kinds the kinds of claim
     * @param papers the papers, each possibly alternatives joined by 或
     * @param clause the clause
     * @throws NullPointerException if {@code kinds}, {@code papers} or {@code clause} is {@code null}
     */
    public Papers {
      kinds = List.copyOf(kinds);
      papers = List.copyOf(papers);
      Objects.requireNonNull(clause, "clause");
    }
  }

  /**
   * Spending approved before it is made (先审批、后维修; 先计划、后开支; 事前申报审批).
   *
   * @param kinds the kinds; empty for every kind
   * @param clause the clause
   */
  public record Before(List<String> kinds, String clause) {
    /**
     * Refuses an entry without its clause; keeps an unmodifiable copy of the kinds (absent kinds are empty).
     *
     * @param kinds the kinds; empty for every kind
     * @param clause the clause
     * @throws NullPointerException if {@code clause} is {@code null}
     */
    public Before {
      kinds = kinds == null ? List.of() : List.copyOf(kinds);
      Objects.requireNonNull(clause, "clause");
    }

    /**
     * Whether spending of a kind is approved before it is made.
     *
     * @param kind the spending's kind
     * @return {@code true} when the entry names the kind, or names none
     */
    public boolean applies(String kind) {
      return kinds.isEmpty() || kinds.contains(kind);
    }
  }

  /**
   * Travel claims made within some calendar days of the return ("返程后，要于7日内": 以内 includes the day).
   *
   * @param kinds the kinds of travel claim
   * @param within the days from the return to the claim, with the bound
   * @param clause the clause
   */
  public record Travel(List<String> kinds, Limit within, String clause) {
    /**
     * Refuses an entry without its days or clause; keeps an unmodifiable copy of the kinds.
     *
     * @param kinds the kinds of travel claim
     * @param within the days from the return to the claim, with the bound
     * @param clause the clause
     * @throws NullPointerException if {@code kinds}, {@code within} or {@code clause} is {@code null}
     */
    public Travel {
      kinds = List.copyOf(kinds);
      Objects.requireNonNull(within, "within");
      Objects.requireNonNull(clause, "clause");
    }
  }

  /**
   * Purchases of the kinds from a value on are fixed assets, registered with a number ("原值在1000元以上").
   *
   * @param kinds the kinds of purchase
   * @param from the least value of one item, with its bound
   * @param clause the clause
   */
  public record AssetLine(List<String> kinds, Limit from, String clause) {
    /**
     * Refuses a line without its value or clause; keeps an unmodifiable copy of the kinds.
     *
     * @param kinds the kinds of purchase
     * @param from the least value of one item, with its bound
     * @param clause the clause
     * @throws NullPointerException if {@code kinds}, {@code from} or {@code clause} is {@code null}
     */
    public AssetLine {
      kinds = List.copyOf(kinds);
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(clause, "clause");
    }
  }

  /**
   * The norm of a meal a head ("标准为25元/人左右"): above it is a warning, since the clause says about.
   *
   * @param kinds the kinds of meal claim
   * @param perHead the norm, with its bound
   * @param clause the clause
   */
  public record MealNorm(List<String> kinds, Limit perHead, String clause) {
    /**
     * Refuses a norm without its amount or clause; keeps an unmodifiable copy of the kinds.
     *
     * @param kinds the kinds of meal claim
     * @param perHead the norm, with its bound
     * @param clause the clause
     * @throws NullPointerException if {@code kinds}, {@code perHead} or {@code clause} is {@code null}
     */
    public MealNorm {
      kinds = List.copyOf(kinds);
      Objects.requireNonNull(perHead, "perHead");
      Objects.requireNonNull(clause, "clause");
    }

    /**
     * Whether an amount for some people is above the norm a head.
     *
     * @param amount the claim's amount, in yuan
     * @param persons how many people the meal was for, at least 1
     * @return {@code true} when the amount a head, rounded half up to the fen, does not keep to {@code perHead}
     */
    public boolean above(BigDecimal amount, int persons) {
      return !perHead.keptBy(amount.divide(BigDecimal.valueOf(persons), 2, java.math.RoundingMode.HALF_UP));
    }
  }

  /**
   * Claims tallied in a window of the month after the one they are for ("次月1-5号统计汇总上月加班情况和补助").
   *
   * @param kinds the kinds tallied
   * @param firstDay the window's first day of the next month, included
   * @param lastDay the window's last day, included
   * @param clause the clause
   */
  public record Tally(List<String> kinds, int firstDay, int lastDay, String clause) {
    /**
     * Refuses a window outside days 1 to 28 or ending before it begins, and an entry without its clause; keeps an
     * unmodifiable copy of the kinds.
     *
     * @param kinds the kinds tallied
     * @param firstDay the window's first day of the next month, included
     * @param lastDay the window's last day, included
     * @param clause the clause
     * @throws NullPointerException if {@code kinds} or {@code clause} is {@code null}
     * @throws IllegalArgumentException if {@code firstDay} is below 1, {@code lastDay} above 28, or {@code lastDay}
     *     before {@code firstDay}
     */
    public Tally {
      kinds = List.copyOf(kinds);
      if (firstDay < 1 || lastDay > 28 || lastDay < firstDay) {
        throw new IllegalArgumentException("a tally window lies within days 1–28 of a month: " + firstDay + "–"
            + lastDay);
      }
      Objects.requireNonNull(clause, "clause");
    }
  }
}
