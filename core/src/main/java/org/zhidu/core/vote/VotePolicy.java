package org.zhidu.core.vote;

import java.util.List;
import java.util.Objects;

/**
 * A pack's rules for the votes of its meetings.
 *
 * @param posts the posts whose holders are the members (主任, 副主任, 纪检组组长): the quorum's whole
 * @param lastSpeaker the post that speaks last (末位表态), or {@code null}
 * @param quorum the share of members present for the meeting to meet
 * @param cadreKinds the kinds of item that need {@code cadreQuorum}, and are voted person by person
 * @param cadreQuorum the share of members present for those items
 * @param pass the share of the members who should attend that the yes votes must reach
 * @param recusalKinds the kinds of item a member stands aside from when it is about them or their kin
 * @param noticeDays the calendar days ahead the members are told (the day before counts as one)
 * @param divided the share of the votes cast as 缓议 from which an item is one of large disagreement
 * @param kinds the kinds of item the pack knows
 */
public record VotePolicy(List<String> posts, String lastSpeaker, Share quorum, List<String> cadreKinds,
    Share cadreQuorum, Share pass, List<String> recusalKinds, int noticeDays, Share divided, List<String> kinds) {

  /**
   * Refuses a policy without its shares or with negative notice days; keeps unmodifiable copies of the lists.
   *
   * @param posts the posts whose holders are the members (主任, 副主任, 纪检组组长): the quorum's whole
   * @param lastSpeaker the post that speaks last (末位表态), or {@code null}
   * @param quorum the share of members present for the meeting to meet
   * @param cadreKinds the kinds of item that need {@code cadreQuorum}, and are voted person by person
   * @param cadreQuorum the share of members present for those items
   * @param pass the share of the members who should attend that the yes votes must reach
   * @param recusalKinds the kinds of item a member stands aside from when it is about them or their kin
   * @param noticeDays the calendar days ahead the members are told (the day before counts as one)
   * @param divided the share of the votes cast as 缓议 from which an item is one of large disagreement
   * @param kinds the kinds of item the pack knows
   * @throws NullPointerException if a share or a list is {@code null}
   * @throws IllegalArgumentException if {@code noticeDays} is negative
   */
  public VotePolicy {
    posts = List.copyOf(posts);
    Objects.requireNonNull(quorum, "quorum");
    cadreKinds = List.copyOf(cadreKinds);
    Objects.requireNonNull(cadreQuorum, "cadreQuorum");
    Objects.requireNonNull(pass, "pass");
    recusalKinds = List.copyOf(recusalKinds);
    if (noticeDays < 0) {
      throw new IllegalArgumentException("notice days are not negative: " + noticeDays);
    }
    Objects.requireNonNull(divided, "divided");
    kinds = List.copyOf(kinds);
  }
}
