package org.zhidu.core.naming;

/**
 * A name that follows one of the three patterns, held as its parts. {@link #render()} gives the canonical text,
 * with the punctuation of the clause's own examples: ASCII hyphen and parentheses, 〔〕 around the 文号 year,
 * dates as zero-padded yyyy.mm.dd.
 */
public sealed interface DocumentName permits OfficialDocument, MeetingMinutes, DraftMaterial {

  /**
   * Which of the three patterns the name follows.
   *
   * @return {@link NameKind#DOCUMENT} (N1), {@link NameKind#MINUTES} (N2) or {@link NameKind#DRAFT} (N3)
   */
  NameKind kind();

  /**
   * The canonical name, without extension.
   *
   * @return the name as the clause's examples write it, such as {@code 遂安府办函〔2014〕19号-通知-关于做好2014年度调研工作的通知(2014.03.14)}
   */
  String render();

  /**
   * yyyy.mm.dd, the one date shape the rule's examples use.
   *
   * @param date the date
   * @return the date as {@code yyyy.mm.dd}, month and day zero-padded, such as {@code 2014.03.14}
   */
  static String dotted(java.time.LocalDate date) {
    StringBuilder out = new StringBuilder(10);
    out.append(date.getYear()).append('.');
    if (date.getMonthValue() < 10) {
      out.append('0');
    }
    out.append(date.getMonthValue()).append('.');
    if (date.getDayOfMonth() < 10) {
      out.append('0');
    }
    return out.append(date.getDayOfMonth()).toString();
  }
}
