package org.zhidu.core.naming;

/**
 * A name that follows one of the three patterns, held as its parts. {@link #render()} gives the canonical text,
 * with the punctuation of the clause's own examples: ASCII hyphen and parentheses, 〔〕 around the 文号 year,
 * dates as zero-padded yyyy.mm.dd.
 */
public sealed interface DocumentName permits OfficialDocument, MeetingMinutes, DraftMaterial {

  NameKind kind();

  /** The canonical name, without extension. */
  String render();

  /** yyyy.mm.dd, the one date shape the rule's examples use. */
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
