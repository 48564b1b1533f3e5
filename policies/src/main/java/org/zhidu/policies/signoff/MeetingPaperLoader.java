package org.zhidu.policies.signoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.register.CellTime;
import org.zhidu.core.signoff.MeetingPaper;
import org.zhidu.policies.yaml.StrictYaml;

/**
 * Reads a meeting's plan or minutes: a YAML map of the paper's elements in the office's own words (会议名称, 时间,
 * 地点, 参会人员 …), with {@code 类型: 会议方案} or {@code 会议记录}, and for the checks {@code 审签时间}, {@code 签到单},
 * {@code 重要专题会议} and {@code 参会人数} (else the people 参会人员 lists are counted). An element is filled when its value is not blank (a list: not empty). A file that is no map, a
 * missing or unknown 类型, or a time that is none is an {@link InputException} at its place.
 */
public final class MeetingPaperLoader {

  /** The keys the checks read besides the elements. */
  static final String KIND = "类型";
  static final String SIGNED = "审签时间";
  static final String SIGN_IN = "签到单";
  static final String IMPORTANT = "重要专题会议";
  static final String[] TIMES = {"时间", "会议时间"};
  static final String PEOPLE = "参会人员";
  /** How many attend, where the paper says so (参会人数: 35) rather than listing them. */
  static final String HEADCOUNT = "参会人数";

  private MeetingPaperLoader() {}

  /**
   * The plan or minutes a meeting file describes.
   *
   * @param source the file's name, for messages
   * @param yaml the file's YAML
   * @return the paper: its kind, the elements written, and where each was written
   * @throws org.zhidu.core.finding.InputException if the YAML cannot be read or a value is refused, at its place
   */
  public static MeetingPaper load(String source, String yaml) {
    StrictYaml.Document<ObjectNode> document = StrictYaml.readDocument(source, yaml, ObjectNode.class);
    ObjectNode root = document.value();
    Location paper = new Location(source, 1, 1, null);
    JsonNode kindNode = root.get(KIND);
    if (kindNode == null || !kindNode.isTextual()) {
      throw new InputException(paper, Message.of("meeting.no_kind"));
    }
    MeetingPaper.Kind kind = MeetingPaper.Kind.parse(kindNode.asText().strip());
    if (kind == null) {
      throw new InputException(document.place("/" + KIND), Message.of("meeting.bad_kind", kindNode.asText()));
    }
    Set<String> filled = new HashSet<>();
    Map<String, Location> places = new HashMap<>();
    places.put("", paper);
    for (var field : root.properties()) {
      String key = field.getKey().strip();
      places.put(key, document.place("/" + pointer(field.getKey())));
      if (!blank(field.getValue())) {
        filled.add(key);
      }
    }
    LocalDateTime time = null;
    for (String key : TIMES) {
      if (time == null && filled.contains(key)) {
        time = time(document, key, root.get(key));
      }
    }
    LocalDateTime signed = filled.contains(SIGNED) ? time(document, SIGNED, root.get(SIGNED)) : null;
    Integer people = filled.contains(HEADCOUNT) ? headcount(document, root.get(HEADCOUNT))
        : filled.contains(PEOPLE) ? count(root.get(PEOPLE)) : null;
    boolean sheet = filled.contains(SIGN_IN) && !saysNone(root.get(SIGN_IN));
    return new MeetingPaper(kind, filled, time, signed, people, yes(document, root, IMPORTANT), sheet, places);
  }

  /**
   * Whether an element says nothing: null, blank text, false, or a list or map of nothing but such (主持人: [""] is
   * no chair).
   */
  private static boolean blank(JsonNode value) {
    if (value == null || value.isNull() || value.isBoolean() && !value.asBoolean()) {
      return true;
    }
    if (value.isTextual()) {
      return value.asText().isBlank();
    }
    if (value.isContainerNode()) {
      for (JsonNode child : value) {
        if (!blank(child)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** A sign-in sheet written as absent: 无, 否, 没有, false. */
  private static boolean saysNone(JsonNode value) {
    String text = value == null ? "" : value.asText().strip();
    return text.equals("无") || text.equals("否") || text.equals("没有") || text.equals("false");
  }

  /** How many people an element lists: a YAML list's entries, or the names of one line (张三、李四). */
  private static Integer count(JsonNode value) {
    if (value.isArray()) {
      return value.size();
    }
    int n = 0;
    for (String name : value.asText().split("[、，,；;\\s]+")) {
      if (!name.isBlank()) {
        n++;
      }
    }
    return n;
  }

  private static Integer headcount(StrictYaml.Document<?> document, JsonNode value) {
    if (value.isTextual() && value.asText().strip().matches("[0-9]{1,6}")) {
      int n = Integer.parseInt(value.asText().strip()); // 参会人数: "30", quoted, is thirty all the same
      if (n <= 100_000) {
        return n;
      }
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0 || value.asInt() > 100_000) {
      throw new InputException(document.place("/" + HEADCOUNT), Message.of("meeting.bad_headcount", value.asText()));
    }
    return value.asInt();
  }

  private static LocalDateTime time(StrictYaml.Document<?> document, String key, JsonNode value) {
    LocalDateTime t = value.isTextual() ? CellTime.dateTime(value.asText().strip()) : null;
    if (t == null) {
      throw new InputException(document.place("/" + key), Message.of("meeting.bad_time", key, value.asText()));
    }
    return t;
  }

  private static boolean yes(StrictYaml.Document<?> document, ObjectNode root, String key) {
    JsonNode value = root.get(key);
    if (value == null || value.isNull()) {
      return false;
    }
    String text = value.asText().strip();
    if (value.isBoolean() || text.equals("是") || text.equals("否")) {
      return value.isBoolean() ? value.asBoolean() : text.equals("是");
    }
    throw new InputException(document.place("/" + key), Message.of("meeting.bad_yes_no", key, text));
  }

  /** A key as a JSON pointer writes it. */
  private static String pointer(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
