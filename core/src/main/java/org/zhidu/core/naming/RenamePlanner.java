package org.zhidu.core.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plans renames so that nothing is ever overwritten. Two names collide when they are equal after Unicode NFC and
 * lower-casing: on Windows and macOS they are the same file. A rename is skipped when its target collides with a
 * file already in the folder (other than itself) or with the target of another rename; a rename that changes only
 * case or normalisation is kept (it must be carried out through a temporary name) unless another file of the folder
 * already answers to the same key, as the NFC spelling of an NFD name can on Linux.
 */
public final class RenamePlanner {

  /**
   * One rename asked for: in {@code folder}, {@code from} becomes {@code to}.
   *
   * @param folder the folder both names are in
   * @param from the current file name
   * @param to the new file name
   */
  public record Request(String folder, String from, String to) {
    /**
     * Refuses a request with a part missing.
     *
     * @param folder the folder both names are in
     * @param from the current file name
     * @param to the new file name
     * @throws NullPointerException if {@code folder}, {@code from} or {@code to} is {@code null}
     */
    public Request {
      Objects.requireNonNull(folder, "folder");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /**
     * Whether the names differ only in case or normalisation, so the file system may see them as one.
     *
     * @return {@code true} when {@link #collisionKey} of both names is the same
     */
    public boolean caseOnly() {
      return collisionKey(from).equals(collisionKey(to));
    }
  }

  /** Why a rename was not planned. */
  public enum SkipReason {
    /** A file with exactly the target name exists. */
    TARGET_EXISTS,
    /** A file exists whose name differs from the target only by case or Unicode normalisation. */
    TARGET_COLLIDES,
    /** Another rename in the plan has the same (or a colliding) target. */
    DUPLICATE_TARGET
  }

  /**
   * A rename left out of the plan, with the reason and the file it would have clashed with.
   *
   * @param request the rename asked for
   * @param reason why it was left out
   * @param clashesWith the name of the existing file it would have clashed with, or its own target for {@link
   *     SkipReason#DUPLICATE_TARGET}
   */
  public record Skip(Request request, SkipReason reason, String clashesWith) {}

  /**
   * The renames to carry out, in order, and the ones left out.
   *
   * @param renames the renames to carry out, in the order asked; a rename whose {@link Request#caseOnly()} holds goes
   *     through a temporary name
   * @param skipped the renames left out, in the order asked
   */
  public record Plan(List<Request> renames, List<Skip> skipped) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param renames the renames to carry out, in the order asked; a rename whose {@link Request#caseOnly()} holds goes
     *     through a temporary name
     * @param skipped the renames left out, in the order asked
     * @throws NullPointerException if {@code renames} or {@code skipped} is {@code null}
     */
    public Plan {
      renames = List.copyOf(renames);
      skipped = List.copyOf(skipped);
    }
  }

  private RenamePlanner() {}

  /**
   * The renames that overwrite nothing, each folder taken as it is now plus the renames before it.
   *
   * @param requests the renames wanted
   * @param existing for each folder, the names of everything in it now
   * @return the plan: every request is either in {@code renames} or in {@code skipped}, except a repeat of a rename
   *     already asked for, which is dropped
   */
  public static Plan plan(List<Request> requests, Map<String, ? extends Set<String>> existing) {
    // a key may stand for several files (NFC and NFD spellings, or cases, side by side on Linux): keep them all
    Map<String, Map<String, List<String>>> existingKeys = new HashMap<>();
    existing.forEach(
        (folder, names) -> {
          Map<String, List<String>> keys = new HashMap<>();
          for (String name : names) {
            keys.computeIfAbsent(collisionKey(name), k -> new ArrayList<>()).add(name);
          }
          keys.values().forEach(list -> list.sort(null));
          existingKeys.put(folder, keys);
        });
    Map<String, Integer> targetCounts = new HashMap<>();
    for (Request r : requests) {
      targetCounts.merge(r.folder() + '/' + collisionKey(r.to()), 1, Integer::sum);
    }
    List<Request> renames = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Request r : requests) {
      String targetKey = collisionKey(r.to());
      if (!seen.add(r.folder() + '/' + r.from())) {
        continue;
      }
      String clash = clash(existingKeys.getOrDefault(r.folder(), Map.of()).get(targetKey), r);
      if (clash != null) {
        SkipReason reason = clash.equals(r.to()) ? SkipReason.TARGET_EXISTS : SkipReason.TARGET_COLLIDES;
        skipped.add(new Skip(r, reason, clash));
      } else if (targetCounts.get(r.folder() + '/' + targetKey) > 1) {
        skipped.add(new Skip(r, SkipReason.DUPLICATE_TARGET, r.to()));
      } else {
        renames.add(r);
      }
    }
    return new Plan(renames, skipped);
  }

  /**
   * The file already in the folder that the rename's target would clash with: the target itself if it exists, else
   * any other file under the target's key; never the file being renamed.
   */
  private static String clash(List<String> sameKey, Request r) {
    if (sameKey == null) {
      return null;
    }
    if (!r.to().equals(r.from()) && sameKey.contains(r.to())) {
      return r.to();
    }
    for (String name : sameKey) {
      if (!name.equals(r.from())) {
        return name;
      }
    }
    return null;
  }

  /**
   * The key under which two names are the same file somewhere: NFC, then lower case.
   *
   * @param name a file name
   * @return the name in NFC, lower-cased by {@link Locale#ROOT}
   */
  public static String collisionKey(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
