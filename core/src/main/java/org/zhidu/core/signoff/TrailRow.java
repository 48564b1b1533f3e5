package org.zhidu.core.signoff;

import java.util.Objects;
import org.zhidu.core.finding.RowPlace;

/**
 * One signature of a sign-off trail, as a register row gives it.
 *
 * @param file the document (文号 or title): the rows of one document make its trail
 * @param type its 发文类型 cell, as written (政府发文, 政府办发文、规范性文件)
 * @param step its 环节 cell
 * @param name who signed, or ""
 * @param opinion what they wrote, or ""
 * @param time when, as yyyyMMddHHmm (a day written without its time with the minutes
 *     {@link TrailChecker#DAY_ONLY}); {@link #BLANK} when the cell is blank, {@link #UNREADABLE} when it could not be
 *     read (and was reported so)
 * @param mark what the row says of a proxy
 * @param meeting the day of the meeting a leader's draft is for, as yyyyMMdd, or -1
 * @param where where its cells are, read only while the checker takes the row
 */
public record TrailRow(String file, String type, String step, String name, String opinion, long time, Mark mark,
    long meeting, RowPlace where) {

  /** The {@code time} of a blank 时间 cell. */
  public static final long BLANK = -1;
  /** The {@code time} of a 时间 cell that could not be read. */
  public static final long UNREADABLE = -2;

  /** The fields of a trail register, by the schema's names. */
  public static final String FILE = "文件";
  /** The 发文类型 column. */
  public static final String TYPE = "发文类型";
  /** The 环节 column. */
  public static final String STEP = "环节";
  /** The 姓名 column. */
  public static final String NAME = "姓名";
  /** The 意见 column. */
  public static final String OPINION = "意见";
  /** The 时间 column. */
  public static final String TIME = "时间";
  /** The 标记 column. */
  public static final String MARK = "标记";
  /** The 会议时间 column. */
  public static final String MEETING = "会议时间";

  /**
   * Refuses a row with a part missing.
   *
   * @param file the document (文号 or title): the rows of one document make its trail
   * @param type its 发文类型 cell, as written (政府发文, 政府办发文、规范性文件)
   * @param step its 环节 cell
   * @param name who signed, or ""
   * @param opinion what they wrote, or ""
   * @param time when, as yyyyMMddHHmm (a day written without its time with the minutes {@link TrailChecker#DAY_ONLY});
   *     {@link #BLANK} when the cell is blank, {@link #UNREADABLE} when it could not be read (and was reported so)
   * @param mark what the row says of a proxy
   * @param meeting the day of the meeting a leader's draft is for, as yyyyMMdd, or -1
   * @param where where its cells are, read only while the checker takes the row
   * @throws NullPointerException if {@code file}, {@code type}, {@code step}, {@code name}, {@code opinion}, {@code
   *     mark} or {@code where} is {@code null}
   */
  public TrailRow {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opinion, "opinion");
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(where, "where");
  }

  /** What a row says of who signed for whom. */
  public enum Mark {
    /** Signed by the one whose step it is. */
    NONE,
    /** 代签 (or AB岗): someone stood in. */
    PROXY,
    /** 补签: signed afterwards by one who was away. */
    AFTERWARDS,
    /** 委托: signed by one the principal authorised (D6). */
    DELEGATED;

    /**
     * The mark a cell holds: blank, 代签/代理/AB岗, 补签, 委托; {@code null} for anything else.
     *
     * @param cell the 标记 cell, as written
     * @return the mark, or {@code null}
     */
    public static Mark parse(String cell) {
      return switch (cell) {
        case "" -> NONE;
        case "代签", "代理", "AB岗", "ab岗", "AB 岗" -> PROXY;
        case "补签", "事后补签" -> AFTERWARDS;
        case "委托", "受委托", "委托审签" -> DELEGATED;
        default -> null;
      };
    }
  }
}
