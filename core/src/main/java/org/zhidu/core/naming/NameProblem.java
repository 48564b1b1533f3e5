package org.zhidu.core.naming;

import org.zhidu.core.finding.Severity;

/**
 * Every problem the name checker reports, with its rule and severity. The message key is
 * {@code naming.<lower-case constant>}; its Chinese and English texts live in the CLI's message catalogue.
 * A problem whose rule is {@code null} belongs to the rule of the kind at hand (N1, N2 or N3).
 */
public enum NameProblem {
  // N5: a legal file name on Windows and Linux, compared in NFC
  EMPTY("N5", Severity.ERROR),
  FORBIDDEN_CHARACTER("N5", Severity.ERROR),
  CONTROL_CHARACTER("N5", Severity.ERROR),
  TRAILING_DOT_OR_SPACE("N5", Severity.ERROR),
  RESERVED_NAME("N5", Severity.ERROR),
  TOO_LONG("N5", Severity.ERROR),
  NOT_NFC("N5", Severity.WARNING),

  // N4: the usual ways people get it wrong, each with its fix
  SEPARATOR("N4", Severity.ERROR),
  FULLWIDTH_DIGIT("N4", Severity.ERROR),
  FULLWIDTH_PARENTHESIS("N4", Severity.ERROR),
  STRAY_SPACE("N4", Severity.ERROR),
  YEAR_BRACKETS("N4", Severity.ERROR),
  MISSING_HAO("N4", Severity.ERROR),
  DATE_SHAPE("N4", Severity.ERROR),
  DATE_NOT_IN_PARENTHESES("N4", Severity.ERROR),

  // all kinds
  UNRECOGNISED("N1", Severity.ERROR),
  MISSING_SEGMENTS(null, Severity.ERROR),
  EMPTY_SEGMENT(null, Severity.ERROR),
  INVALID_DATE(null, Severity.ERROR),

  // N1 documents
  MALFORMED_NUMBER("N1", Severity.ERROR),
  NUMBER_ORDINAL("N1", Severity.ERROR),
  NUMBER_LEADING_ZERO("N1", Severity.ERROR),
  UNKNOWN_DOCUMENT_KIND("N1", Severity.ERROR),
  MISSING_ISSUE_DATE("N1", Severity.ERROR),
  NUMBER_YEAR_AFTER_DATE("N1", Severity.ERROR),
  NUMBER_YEAR_BEFORE_DATE("N1", Severity.WARNING),
  TITLE_KIND_MISMATCH("N1", Severity.WARNING),

  // N2 minutes
  MISSING_ISSUE_NUMBER("N2", Severity.ERROR),
  ISSUE_NUMBER_SHAPE("N2", Severity.ERROR),
  ISSUE_YEAR_MISMATCH("N2", Severity.WARNING),
  NO_SESSION("N2", Severity.WARNING),

  // N3 drafts
  UNKNOWN_CATEGORY("N3", Severity.WARNING),
  MISSING_VERSION("N3", Severity.ERROR);

  private final String ruleId;
  private final Severity severity;
  private final String messageKey;

  NameProblem(String ruleId, Severity severity) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.messageKey = "naming." + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The rule, given the kind of name being checked ({@code null} when none was recognised). */
  public String ruleId(NameKind kind) {
    if (ruleId != null) {
      return ruleId;
    }
    return kind == null ? "N1" : kind.ruleId();
  }

  public Severity severity() {
    return severity;
  }

  public String messageKey() {
    return messageKey;
  }
}
