package org.zhidu.policies;

/**
 * Where a rule or a value in force came from: a built-in pack, or a user's pack file that overrides it.
 *
 * @param pack the pack id
 * @param file the user's file, or {@code null} for a built-in pack
 */
public record Origin(String pack, String file) {

  /**
   * Whether the value comes from a pack that ships with zhidu.
   *
   * @return {@code true} when there is no user's file
   */
  public boolean builtIn() {
    return file == null;
  }
}
