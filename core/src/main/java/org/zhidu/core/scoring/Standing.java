package org.zhidu.core.scoring;

import java.util.List;

/**
 * A person's or a section's result.
 *
 * @param name the person or section
 * @param section for a person, the section they belong to at the end of the period (or {@code null}); for a section,
 *     its head (or {@code null})
 * @param total base plus every counted point
 * @param rank 1 for the highest total; equal totals share a rank (1, 2, 2, 4)
 * @param items per item, in the pack's order
 * @param quarters the change in each quarter of the year (4 numbers); for a quarter period, that quarter alone
 */
public record Standing(String name, String section, int total, int rank, List<ItemTotal> items,
    List<Integer> quarters) {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param name the person or section
   * @param section for a person, the section they belong to at the end of the period (or {@code null}); for a section,
   *     its head (or {@code null})
   * @param total base plus every counted point
   * @param rank 1 for the highest total; equal totals share a rank (1, 2, 2, 4)
   * @param items per item, in the pack's order
   * @param quarters the change in each quarter of the year (4 numbers); for a quarter period, that quarter alone
   * @throws NullPointerException if {@code items} or {@code quarters} is {@code null}
   */
  public Standing {
    items = List.copyOf(items);
    quarters = List.copyOf(quarters);
  }
}
