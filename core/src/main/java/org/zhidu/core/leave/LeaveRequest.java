package org.zhidu.core.leave;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.zhidu.core.calendar.HalfDay;
import org.zhidu.core.finding.RowPlace;

/**
 * One row of a leave register, as read: a time given as a day alone stands for that day's morning.
 *
 * @param person who takes the leave
 * @param kind the kind (事假, 病假, 年休假, 临时请假, …)
 * @param start the first half day away
 * @param end the last half day away
 * @param applied when the request was handed in, or {@code null} when the register does not say
 * @param approvers who approved, in order; empty when nobody did
 * @param approved when the last approval was given, or {@code null}
 * @param mode how the request was made (书面, 口头, 电话)
 * @param completed when a request approved by word of mouth was put in writing (事后补办), or {@code null}
 * @param certificate the certificate attached (a sick leave's 证明), or ""
 * @param cover the colleague who covers the work (代岗人), or ""
 * @param returned when the person reported back (销假), or {@code null}
 * @param statedDays the days the register states, or {@code null}
 * @param where where the row's cells are
 */
public record LeaveRequest(
    String person,
    String kind,
    HalfDay start,
    HalfDay end,
    LocalDateTime applied,
    List<String> approvers,
    LocalDateTime approved,
    LeaveMode mode,
    LocalDateTime completed,
    String certificate,
    String cover,
    LocalDateTime returned,
    BigDecimal statedDays,
    RowPlace where) {

  /** The register's columns by their Chinese names, as a row's place finds their cells. */
  public static final String PERSON = "人员";
  /** The 类别 column: the kind of leave. */
  public static final String KIND = "类别";
  /** The 开始时间 column: the first day (and half day) away. */
  public static final String START = "开始时间";
  /** The 结束时间 column: the last day (and half day) away. */
  public static final String END = "结束时间";
  /** The 起止时间 column: start and end in one cell, joined by 至. */
  public static final String PERIOD = "起止时间";
  /** The 天数 column: the days the register states. */
  public static final String DAYS = "天数";
  /** The 申请时间 column: when the request was handed in. */
  public static final String APPLIED = "申请时间";
  /** The 审批方式 column: 书面, 口头 or 电话. */
  public static final String MODE = "审批方式";
  /** The 审批人 column: who approved, in order. */
  public static final String APPROVERS = "审批人";
  /** The 审批时间 column: when the last approval was given. */
  public static final String APPROVED = "审批时间";
  /** The 补办时间 column: when a request approved by word of mouth was put in writing. */
  public static final String COMPLETED = "补办时间";
  /** The 证明 column: the certificate attached. */
  public static final String CERTIFICATE = "证明";
  /** The 代岗人 column: the colleague who covers the work. */
  public static final String COVER = "代岗人";
  /** The 销假时间 column: when the person reported back. */
  public static final String RETURNED = "销假时间";

  /**
   * Refuses a request without its person, kind, start, end or mode; keeps an unmodifiable copy of the approvers; an
   * absent certificate or cover becomes "", an absent place {@link RowPlace#NONE}.
   *
   * @param person who takes the leave
   * @param kind the kind (事假, 病假, 年休假, 临时请假, …)
   * @param start the first half day away
   * @param end the last half day away
   * @param applied when the request was handed in, or {@code null} when the register does not say
   * @param approvers who approved, in order; empty when nobody did
   * @param approved when the last approval was given, or {@code null}
   * @param mode how the request was made (书面, 口头, 电话)
   * @param completed when a request approved by word of mouth was put in writing (事后补办), or {@code null}
   * @param certificate the certificate attached (a sick leave's 证明), or ""
   * @param cover the colleague who covers the work (代岗人), or ""
   * @param returned when the person reported back (销假), or {@code null}
   * @param statedDays the days the register states, or {@code null}
   * @param where where the row's cells are
   * @throws NullPointerException if {@code person}, {@code kind}, {@code start}, {@code end}, {@code mode} or {@code
   *     approvers} is {@code null}
   */
  public LeaveRequest {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(mode, "mode");
    approvers = List.copyOf(approvers);
    certificate = certificate == null ? "" : certificate;
    cover = cover == null ? "" : cover;
    where = where == null ? RowPlace.NONE : where;
  }
}
