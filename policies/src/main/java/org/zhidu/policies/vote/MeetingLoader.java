package org.zhidu.policies.vote;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Message;
import org.zhidu.core.register.CellTime;
import org.zhidu.core.vote.Meeting;
import org.zhidu.core.vote.Vote;
import org.zhidu.policies.yaml.StrictYaml;

/**
 * Reads a meeting file strictly into core's {@link Meeting}: a YAML problem, a time that is none, an opinion other
 * than 同意 / 不同意 / 缓议, or a vote by someone who sat in without one is an {@link InputException} at its line and
 * column; who may vote on what is the tally's to check.
 */
public final class MeetingLoader {

  private MeetingLoader() {}

  /**
   * The meeting a file describes.
   *
   * @param source the file's name, for messages
   * @param yaml the file's YAML
   * @return the meeting, with the place of each entry
   * @throws InputException if the YAML cannot be read or a value is refused, at its line and column
   */
  public static Meeting load(String source, String yaml) {
    StrictYaml.Document<MeetingFile> document = StrictYaml.readDocument(source, yaml, MeetingFile.class);
    MeetingFile file = document.value();
    LocalDateTime time = time(document, "/time", file.time());
    LocalDateTime notified = file.notified() == null ? null : time(document, "/notified", file.notified());
    List<Meeting.Member> members = new ArrayList<>();
    for (int i = 0; i < file.members().size(); i++) {
      MeetingFile.MemberEntry m = file.members().get(i);
      members.add(new Meeting.Member(m.name(), m.post(), document.place("/members/" + i)));
    }
    List<Meeting.Opinion> written = new ArrayList<>();
    for (int i = 0; i < file.written().size(); i++) {
      MeetingFile.OpinionEntry o = file.written().get(i);
      written.add(new Meeting.Opinion(o.member(), o.opinion(), document.place("/written/" + i)));
    }
    List<Meeting.Relation> relations = new ArrayList<>();
    for (int i = 0; i < file.relations().size(); i++) {
      MeetingFile.RelationEntry r = file.relations().get(i);
      relations.add(new Meeting.Relation(r.member(), r.relative(), document.place("/relations/" + i)));
    }
    Set<String> attending = new HashSet<>(file.attending());
    List<Meeting.Item> items = new ArrayList<>();
    for (int i = 0; i < file.items().size(); i++) {
      MeetingFile.ItemEntry e = file.items().get(i);
      List<Meeting.Cast> votes = new ArrayList<>();
      for (int j = 0; j < e.votes().size(); j++) {
        MeetingFile.CastEntry c = e.votes().get(j);
        String at = "/items/" + i + "/votes/" + j;
        if (attending.contains(c.member())) {
          throw new InputException(document.place(at + "/member"), Message.of("vote.attendee_voter", c.member()));
        }
        Vote vote = Vote.parse(c.vote().strip());
        if (vote == null) {
          throw new InputException(document.place(at + "/vote"), Message.of("vote.bad_vote", c.vote(), c.member()));
        }
        votes.add(new Meeting.Cast(c.member(), vote, document.place(at)));
      }
      items.add(new Meeting.Item(e.title(), e.kind(), e.person() == null ? "" : e.person().strip(),
          e.isUrgent(), votes, document.place("/items/" + i)));
    }
    return new Meeting(file.meeting(), time, notified, file.chair(), members, file.present(), written, relations,
        items, new Meeting.Places(document.place("/meeting"), document.place("/notified"),
            document.place("/present"), document.place("/chair")));
  }

  private static LocalDateTime time(StrictYaml.Document<?> document, String pointer, String text) {
    LocalDateTime t = CellTime.dateTime(text);
    if (t == null) {
      throw new InputException(document.place(pointer), Message.of("vote.bad_time", text));
    }
    return t;
  }
}
