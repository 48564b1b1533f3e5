package org.zhidu.core.vote;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.zhidu.core.finding.Location;

/**
 * A meeting as its file records it: who should attend and who came, the notice, and each item with every member's
 * opinion in the order spoken. Each part keeps where it was written, for findings.
 *
 * @param name the meeting (2026年第5次室务会)
 * @param time when it met
 * @param notified when the members were told, or {@code null} when the file does not say
 * @param chair who chaired it
 * @param members who should attend (应到会), with their posts
 * @param present who came
 * @param written the absent members' written opinions: shown, never counted
 * @param relations the kin each member declared, for standing aside
 * @param items the items, in order
 * @param where where the meeting's name, time and notice were written
 */
public record Meeting(String name, LocalDateTime time, LocalDateTime notified, String chair, List<Member> members,
    List<String> present, List<Opinion> written, List<Relation> relations, List<Item> items, Places where) {

  /**
   * Refuses a meeting without its name, time or places; keeps unmodifiable copies of the lists.
   *
   * @param name the meeting (2026年第5次室务会)
   * @param time when it met
   * @param notified when the members were told, or {@code null} when the file does not say
   * @param chair who chaired it
   * @param members who should attend (应到会), with their posts
   * @param present who came
   * @param written the absent members' written opinions: shown, never counted
   * @param relations the kin each member declared, for standing aside
   * @param items the items, in order
   * @param where where the meeting's name, time and notice were written
   * @throws NullPointerException if {@code name}, {@code time}, {@code where} or a list is {@code null}
   */
  public Meeting {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(time, "time");
    members = List.copyOf(members);
    present = List.copyOf(present);
    written = List.copyOf(written);
    relations = List.copyOf(relations);
    items = List.copyOf(items);
    Objects.requireNonNull(where, "where");
  }

  /**
   * Where the meeting's own entries were written: the file, its notice, who came, the chair.
   *
   * @param meeting where the meeting's name and time were written
   * @param notified where the notice was written, or where it should be when absent
   * @param present where the list of those who came was written
   * @param chair where the chair was written
   */
  public record Places(Location meeting, Location notified, Location present, Location chair) {}

  /**
   * A member who should attend, and their post.
   *
   * @param name the member's name
   * @param post the member's post, such as 副主任
   * @param at where the member was written
   */
  public record Member(String name, String post, Location at) {}

  /**
   * An absent member's written opinion.
   *
   * @param member the absent member
   * @param opinion what they wrote
   * @param at where the opinion was written
   */
  public record Opinion(String member, String opinion, Location at) {}

  /**
   * A relative a member declared.
   *
   * @param member the member who declared it
   * @param relative the relative's name
   * @param at where it was written
   */
  public record Relation(String member, String relative, Location at) {}

  /**
   * An item.
   *
   * @param title what it decides
   * @param kind its kind (一般, 干部任免, 纪律处分, 三重一大)
   * @param person the person concerned, for a cadre or discipline item; "" when none
   * @param urgent whether it is urgent (紧急, 临时性议题)
   * @param votes every member's opinion in the order spoken
   * @param at where the item was written
   */
  public record Item(String title, String kind, String person, boolean urgent, List<Cast> votes, Location at) {
    /**
     * Keeps an unmodifiable copy of the votes; an absent person is "".
     *
     * @param title what it decides
     * @param kind its kind (一般, 干部任免, 纪律处分, 三重一大)
     * @param person the person concerned, for a cadre or discipline item; "" when none
     * @param urgent whether it is urgent (紧急, 临时性议题)
     * @param votes every member's opinion in the order spoken
     * @param at where the item was written
     * @throws NullPointerException if {@code votes} is {@code null}
     */
    public Item {
      person = person == null ? "" : person;
      votes = List.copyOf(votes);
    }
  }

  /**
   * One member's opinion on an item.
   *
   * @param member who stated it
   * @param vote the opinion: 同意, 不同意 or 缓议
   * @param at where it was written
   */
  public record Cast(String member, Vote vote, Location at) {}
}
