package org.zhidu.core.spending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.zhidu.core.finding.RowPlace;

/**
 * One row of a claims register (报销登记), as read. A column the register does not have is {@code null} here, and
 * the check that needs it is not made; a blank cell of a column it has is empty ("" or an empty list).
 *
 * @param date the day the money was spent (开支日期)
 * @param handler who spent it and claims it (经办人)
 * @param kind the kind of spending (公务接待, 车辆维修, 差旅费, …)
 * @param amount the amount, in yuan
 * @param attachments the papers attached (附件), as listed
 * @param approvers who approved the spending beforehand, in order (审批人)
 * @param approved when the last of them approved, or {@code null}
 * @param signers who signed the claim, in order (报账签字: 经办人 → … → 办公室主任)
 * @param returned the day a traveller came back (出差返回日期), or {@code null}
 * @param claimed the day the claim was made (报销日期), or {@code null}
 * @param decision how a collective decision was taken (决策方式: 室务会, 传阅会签, …)
 * @param budgeted whether the spending is in the year's budget, or {@code null} when the register does not say
 * @param assetNumber the fixed-asset number (资产登记号)
 * @param unitPrice the value of one item (单价), or {@code null}: the amount is then the value of one item
 * @param persons how many people a meal was for (人数), or {@code null}
 * @param invoices the invoice numbers (发票号码)
 * @param reported who the spending was reported to (汇报), as the register writes it
 * @param where where the row's cells are
 */
public record Claim(
    LocalDate date,
    String handler,
    String kind,
    BigDecimal amount,
    List<String> attachments,
    List<String> approvers,
    LocalDateTime approved,
    List<String> signers,
    LocalDate returned,
    LocalDate claimed,
    String decision,
    Boolean budgeted,
    String assetNumber,
    BigDecimal unitPrice,
    Integer persons,
    List<String> invoices,
    String reported,
    RowPlace where) {

  /** The register's columns by their Chinese names, as a row's place finds their cells. */
  public static final String DATE = "日期";
  /** The 经办人 column. */
  public static final String HANDLER = "经办人";
  /** The 类别 column. */
  public static final String KIND = "类别";
  /** The 金额 column. */
  public static final String AMOUNT = "金额";
  /** The 附件 column. */
  public static final String ATTACHMENTS = "附件";
  /** The 审批人 column. */
  public static final String APPROVERS = "审批人";
  /** The 审批时间 column. */
  public static final String APPROVED = "审批时间";
  /** The 报账签字 column. */
  public static final String SIGNERS = "报账签字";
  /** The 出差返回日期 column. */
  public static final String RETURNED = "出差返回日期";
  /** The 报销日期 column. */
  public static final String CLAIMED = "报销日期";
  /** The 决策方式 column. */
  public static final String DECISION = "决策方式";
  /** The 预算内 column. */
  public static final String BUDGETED = "预算内";
  /** The 资产登记号 column. */
  public static final String ASSET_NUMBER = "资产登记号";
  /** The 单价 column. */
  public static final String UNIT_PRICE = "单价";
  /** The 人数 column. */
  public static final String PERSONS = "人数";
  /** The 发票号码 column. */
  public static final String INVOICES = "发票号码";
  /** The 汇报 column. */
  public static final String REPORTED = "汇报";

  /**
   * Refuses a claim without its date, handler, kind or amount; keeps unmodifiable copies of the lists that are given
   * (an absent one stays {@code null}); an absent place is {@link RowPlace#NONE}.
   *
   * @param date the day the money was spent (开支日期)
   * @param handler who spent it and claims it (经办人)
   * @param kind the kind of spending (公务接待, 车辆维修, 差旅费, …)
   * @param amount the amount, in yuan
   * @param attachments the papers attached (附件), as listed
   * @param approvers who approved the spending beforehand, in order (审批人)
   * @param approved when the last of them approved, or {@code null}
   * @param signers who signed the claim, in order (报账签字: 经办人 → … → 办公室主任)
   * @param returned the day a traveller came back (出差返回日期), or {@code null}
   * @param claimed the day the claim was made (报销日期), or {@code null}
   * @param decision how a collective decision was taken (决策方式: 室务会, 传阅会签, …)
   * @param budgeted whether the spending is in the year's budget, or {@code null} when the register does not say
   * @param assetNumber the fixed-asset number (资产登记号)
   * @param unitPrice the value of one item (单价), or {@code null}: the amount is then the value of one item
   * @param persons how many people a meal was for (人数), or {@code null}
   * @param invoices the invoice numbers (发票号码)
   * @param reported who the spending was reported to (汇报), as the register writes it
   * @param where where the row's cells are
   * @throws NullPointerException if {@code date}, {@code handler}, {@code kind} or {@code amount} is {@code null}
   */
  public Claim {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    attachments = attachments == null ? null : List.copyOf(attachments);
    approvers = approvers == null ? null : List.copyOf(approvers);
    signers = signers == null ? null : List.copyOf(signers);
    invoices = invoices == null ? null : List.copyOf(invoices);
    where = where == null ? RowPlace.NONE : where;
  }

  /**
   * The value of one item: the unit price where the register gives one, else the amount.
   *
   * @return the value in yuan that the fixed-asset line is measured against
   */
  public BigDecimal itemValue() {
    return unitPrice != null ? unitPrice : amount;
  }
}
