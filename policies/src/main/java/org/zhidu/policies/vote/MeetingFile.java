package org.zhidu.policies.vote;

import java.util.List;
import org.zhidu.core.finding.InvalidValue;

/**
 * A meeting file as written in YAML; examples/party-office/meeting-2026-05.yaml shows every part.
 *
 * @param meeting the meeting's name (2026年第5次室务会)
 * @param time when it met: 2026-05-12 09:00
 * @param notified when the members were told, or absent when not recorded
 * @param chair who chaired it
 * @param members who should attend (应到会), each with their post
 * @param present who came
 * @param attending who sat in without a vote (列席)
 * @param written the absent members' written opinions
 * @param relations the kin members declared
 * @param items the items, in order, each with every member's opinion in the order spoken
 */
public record MeetingFile(String meeting, String time, String notified, String chair, List<MemberEntry> members,
    List<String> present, List<String> attending, List<OpinionEntry> written, List<RelationEntry> relations,
    List<ItemEntry> items) {

  /**
   * Refuses a meeting without its name, time, chair or members, or with an empty entry in a list; keeps unmodifiable
   * copies of the lists (absent ones are empty).
   *
   * @param meeting the meeting's name (2026年第5次室务会)
   * @param time when it met: 2026-05-12 09:00
   * @param notified when the members were told, or absent when not recorded
   * @param chair who chaired it
   * @param members who should attend (应到会), each with their post
   * @param present who came
   * @param attending who sat in without a vote (列席)
   * @param written the absent members' written opinions
   * @param relations the kin members declared
   * @param items the items, in order, each with every member's opinion in the order spoken
   * @throws InvalidValue naming the key missing or the list with an empty entry
   */
  public MeetingFile {
    need(meeting, "meeting");
    need(time, "time");
    need(chair, "chair");
    if (members == null || members.isEmpty()) {
      throw new InvalidValue("vote.needs", "members");
    }
    members = list(members, "members");
    present = list(present, "present");
    attending = list(attending, "attending");
    written = list(written, "written");
    relations = list(relations, "relations");
    items = list(items, "items");
  }

  /** A list as written, none for a missing one; an empty entry ("- " alone) is refused by name. */
  static <T> List<T> list(List<T> values, String key) {
    if (values == null) {
      return List.of();
    }
    for (T v : values) {
      if (v == null || v instanceof String text && text.isBlank()) {
        throw new InvalidValue("vote.empty_entry", key);
      }
    }
    return List.copyOf(values);
  }

  /** 是 / 否, true / false; {@code null} for anything else. */
  static Boolean yesNo(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    String text = value == null ? "" : value.toString().strip();
    return switch (text) {
      case "是", "true" -> Boolean.TRUE;
      case "否", "false" -> Boolean.FALSE;
      default -> null;
    };
  }

  static void need(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new InvalidValue("vote.needs", key);
    }
  }

  /**
   * {@code { name: 钱坤, post: 主任 }}.
   *
   * @param name the member's name
   * @param post the member's post
   */
  public record MemberEntry(String name, String post) {
    /**
     * Refuses a member without a name or post.
     *
     * @param name the member's name
     * @param post the member's post
     * @throws InvalidValue naming the key missing
     */
    public MemberEntry {
      need(name, "name");
      need(post, "post");
    }
  }

  /**
   * {@code { member: 王纪, opinion: 同意第一项 }}.
   *
   * @param member the absent member
   * @param opinion what they wrote
   */
  public record OpinionEntry(String member, String opinion) {
    /**
     * Refuses an opinion without its member or text.
     *
     * @param member the absent member
     * @param opinion what they wrote
     * @throws InvalidValue naming the key missing
     */
    public OpinionEntry {
      need(member, "member");
      need(opinion, "opinion");
    }
  }

  /**
   * {@code { member: 孙岩, relative: 孙明 }}.
   *
   * @param member the member who declared it
   * @param relative the relative's name
   */
  public record RelationEntry(String member, String relative) {
    /**
     * Refuses a relation without its member or relative.
     *
     * @param member the member who declared it
     * @param relative the relative's name
     * @throws InvalidValue naming the key missing
     */
    public RelationEntry {
      need(member, "member");
      need(relative, "relative");
    }
  }

  /**
   * {@code { title: …, kind: 干部任免, person: 张三, urgent: 是, votes: [{ member: 孙岩, vote: 同意 }] }}; urgent is 是 or 否
   * (true or false).
   *
   * @param title what it decides
   * @param kind its kind, one of the pack's (一般, 干部任免, …)
   * @param person the person concerned, for a cadre or discipline item, or {@code null}
   * @param urgent 是, 否, {@code true} or {@code false}, or {@code null} for not urgent
   * @param votes every member's opinion in the order spoken, or {@code null}
   */
  public record ItemEntry(String title, String kind, String person, Object urgent, List<CastEntry> votes) {
    /**
     * Refuses an item without its title or kind, with an empty vote, or with an urgent flag that is neither yes nor no.
     *
     * @param title what it decides
     * @param kind its kind, one of the pack's (一般, 干部任免, …)
     * @param person the person concerned, for a cadre or discipline item, or {@code null}
     * @param urgent 是, 否, {@code true} or {@code false}, or {@code null} for not urgent
     * @param votes every member's opinion in the order spoken, or {@code null}
     * @throws InvalidValue naming the key missing or the value refused
     */
    public ItemEntry {
      need(title, "title");
      need(kind, "kind");
      votes = list(votes, "votes");
      if (urgent != null && yesNo(urgent) == null) {
        throw new InvalidValue("vote.bad_urgent", urgent.toString());
      }
    }

    /** Whether the item is urgent. */
    boolean isUrgent() {
      return Boolean.TRUE.equals(yesNo(urgent));
    }
  }

  /**
   * {@code { member: 孙岩, vote: 同意 }}.
   *
   * @param member who stated it
   * @param vote 同意, 不同意 or 缓议, as written
   */
  public record CastEntry(String member, String vote) {
    /**
     * Refuses a vote without its member or opinion.
     *
     * @param member who stated it
     * @param vote 同意, 不同意 or 缓议, as written
     * @throws InvalidValue naming the key missing
     */
    public CastEntry {
      need(member, "member");
      need(vote, "vote");
    }
  }
}
