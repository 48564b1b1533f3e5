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
  public static final String KIND = "类别";
  public static final String START = "开始时间";
  public static final String END = "结束时间";
  public static final String PERIOD = "起止时间";
  public static final String DAYS = "天数";
  public static final String APPLIED = "申请时间";
  public static final String MODE = "审批方式";
  public static final String APPROVERS = "审批人";
  public static final String APPROVED = "审批时间";
  public static final String COMPLETED = "补办时间";
  public static final String CERTIFICATE = "证明";
  public static final String COVER = "代岗人";
  public static final String RETURNED = "销假时间";

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
