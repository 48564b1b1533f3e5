package org.zhidu.core.secrecy;

import java.time.LocalDateTime;
import java.util.Objects;
import org.zhidu.core.finding.RowPlace;

/**
 * One row of a register of classified documents (G13: 借阅, 收文, 发文, 销毁), as read.
 *
 * @param number the document's number or title (文件名称或编号)
 * @param level its level
 * @param kind what the row records
 * @param handler who handled it (经办人; for a loan, the borrower)
 * @param at when
 * @param approver who approved it (批准人), "" when blank
 * @param due when a loan is due back (应还时间), or {@code null}
 * @param returned when it came back (归还时间), or {@code null}
 * @param site where a destruction was done (销毁地点), or {@code null} when the register has no such column
 * @param destroyer who destroyed it (销毁人), "" when blank
 * @param witness who supervised (监销人), "" when blank
 * @param where where the row's cells are
 */
public record SecretRecord(String number, Level level, Kind kind, String handler, LocalDateTime at, String approver,
    LocalDateTime due, LocalDateTime returned, String site, String destroyer, String witness, RowPlace where) {

  /** The register's columns by their Chinese names. */
  public static final String NUMBER = "文件名称或编号";
  /** The 密级 column. */
  public static final String LEVEL = "密级";
  /** The 类别 column. */
  public static final String KIND = "类别";
  /** The 经办人 column. */
  public static final String HANDLER = "经办人";
  /** The 时间 column. */
  public static final String AT = "时间";
  /** The 批准人 column. */
  public static final String APPROVER = "批准人";
  /** The 应还时间 column. */
  public static final String DUE = "应还时间";
  /** The 归还时间 column. */
  public static final String RETURNED = "归还时间";
  /** The 销毁地点 column. */
  public static final String SITE = "销毁地点";
  /** The 销毁人 column. */
  public static final String DESTROYER = "销毁人";
  /** The 监销人 column. */
  public static final String WITNESS = "监销人";

  /** What a row records. */
  public enum Kind {
    /** 借阅: a loan. */
    LOAN("借阅"),
    /** 收文: a document received. */
    RECEIVED("收文"),
    /** 发文: a document sent. */
    SENT("发文"),
    /** 销毁: a destruction (S3). */
    DESTROYED("销毁");

    private static final Kind[] ALL = values();

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    /**
     * The kind as the register writes it.
     *
     * @return 借阅, 收文, 发文 or 销毁
     */
    public String word() {
      return word;
    }

    /**
     * The kind a cell writes, or {@code null}.
     *
     * @param cell the 类别 cell
     * @return the kind, or {@code null}
     */
    public static Kind of(String cell) {
      for (Kind k : ALL) {
        if (k.word.equals(cell)) {
          return k;
        }
      }
      return null;
    }
  }

  /**
   * Refuses a row without its number, level, kind, handler or time; an absent approver, destroyer or witness is "", an
   * absent place {@link RowPlace#NONE}.
   *
   * @param number the document's number or title (文件名称或编号)
   * @param level its level
   * @param kind what the row records
   * @param handler who handled it (经办人; for a loan, the borrower)
   * @param at when
   * @param approver who approved it (批准人), "" when blank
   * @param due when a loan is due back (应还时间), or {@code null}
   * @param returned when it came back (归还时间), or {@code null}
   * @param site where a destruction was done (销毁地点), or {@code null} when the register has no such column
   * @param destroyer who destroyed it (销毁人), "" when blank
   * @param witness who supervised (监销人), "" when blank
   * @param where where the row's cells are
   * @throws NullPointerException if {@code number}, {@code level}, {@code kind}, {@code handler} or {@code at} is
   *     {@code null}
   */
  public SecretRecord {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(at, "at");
    approver = approver == null ? "" : approver;
    destroyer = destroyer == null ? "" : destroyer;
    witness = witness == null ? "" : witness;
    where = where == null ? RowPlace.NONE : where;
  }
}
