package org.zhidu.core.naming;

import java.time.LocalDate;
import java.util.Objects;

/**
 * N1: 文号-文种-标题(发文时间), e.g. 遂安府办函〔2014〕19号-通知-关于做好2014年度调研工作的通知(2014.03.14).
 *
 * @param number the 发文字号
 * @param documentKind the 文种, as the pack spells it canonically, such as 通知
 * @param title the 标题, such as 关于做好2014年度调研工作的通知
 * @param issued the 发文时间
 */
public record OfficialDocument(DocumentNumber number, String documentKind, String title, LocalDate issued)
    implements DocumentName {

  /**
   * Refuses a document name without its number, kind, title or issue date.
   *
   * @param number the 发文字号
   * @param documentKind the 文种, as the pack spells it canonically, such as 通知
   * @param title the 标题, such as 关于做好2014年度调研工作的通知
   * @param issued the 发文时间
   * @throws NullPointerException if {@code number}, {@code documentKind}, {@code title} or {@code issued} is {@code
   *     null}
   */
  public OfficialDocument {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(documentKind, "documentKind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(issued, "issued");
  }

  @Override
  public NameKind kind() {
    return NameKind.DOCUMENT;
  }

  @Override
  public String render() {
    return number.render() + '-' + documentKind + '-' + title + '(' + DocumentName.dotted(issued) + ')';
  }
}
