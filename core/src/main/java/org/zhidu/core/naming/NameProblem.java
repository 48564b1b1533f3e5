package org.zhidu.core.naming;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/**
 * Every problem the name checker reports, with its rule and severity. The message key is
 * {@code naming.<lower-case constant>}; its Chinese and English texts live in the CLI's message catalogue.
 * A problem whose rule is {@code null} belongs to the rule of the kind at hand (N1, N2 or N3).
 */
public enum NameProblem implements Problem {
  // N5: a legal file name on Windows and Linux, compared in NFC
  EMPTY(NamingRules.N5, Severity.ERROR),
  FORBIDDEN_CHARACTER(NamingRules.N5, Severity.ERROR),
  CONTROL_CHARACTER(NamingRules.N5, Severity.ERROR),
  TRAILING_DOT_OR_SPACE(NamingRules.N5, Severity.ERROR),
  RESERVED_NAME(NamingRules.N5, Severity.ERROR),
  TOO_LONG(NamingRules.N5, Severity.ERROR),
  NOT_NFC(NamingRules.N5, Severity.WARNING),

  // N4: the usual ways people get it wrong, each with its fix
  SEPARATOR(NamingRules.N4, Severity.ERROR),
  FULLWIDTH_DIGIT(NamingRules.N4, Severity.ERROR),
  FULLWIDTH_PARENTHESIS(NamingRules.N4, Severity.ERROR),
  STRAY_SPACE(NamingRules.N4, Severity.ERROR),
  YEAR_BRACKETS(NamingRules.N4, Severity.ERROR),
  MISSING_HAO(NamingRules.N4, Severity.ERROR),
  DATE_SHAPE(NamingRules.N4, Severity.ERROR),
  DATE_NOT_IN_PARENTHESES(NamingRules.N4, Severity.ERROR),
  MINUTES_MARK(NamingRules.N4, Severity.ERROR),

  // all kinds
  UNRECOGNISED(NamingRules.N1, Severity.ERROR),
  MISSING_SEGMENTS(null, Severity.ERROR),
  EMPTY_SEGMENT(null, Severity.ERROR),
  INVALID_DATE(null, Severity.ERROR),

  // N1 documents
  MALFORMED_NUMBER(NamingRules.N1, Severity.ERROR),
  NUMBER_ORDINAL(NamingRules.N1, Severity.ERROR),
  NUMBER_LEADING_ZERO(NamingRules.N1, Severity.ERROR),
  LING_NUMBER_WITH_YEAR(NamingRules.N1, Severity.ERROR),
  UNKNOWN_DOCUMENT_KIND(NamingRules.N1, Severity.ERROR),
  MISSING_ISSUE_DATE(NamingRules.N1, Severity.ERROR),
  NUMBER_YEAR_AFTER_DATE(NamingRules.N1, Severity.ERROR),
  NUMBER_YEAR_BEFORE_DATE(NamingRules.N1, Severity.WARNING),
  TITLE_KIND_MISMATCH(NamingRules.N1, Severity.WARNING),

  // N2 minutes
  MISSING_ISSUE_NUMBER(NamingRules.N2, Severity.ERROR),
  ISSUE_NUMBER_SHAPE(NamingRules.N2, Severity.ERROR),
  ISSUE_YEAR_MISMATCH(NamingRules.N2, Severity.WARNING),
  NO_SESSION(NamingRules.N2, Severity.WARNING),

  // N3 drafts
  UNKNOWN_CATEGORY(NamingRules.N3, Severity.WARNING),
  MISSING_VERSION(NamingRules.N3, Severity.ERROR),
  VERSION_READ_AS_TITLE(NamingRules.N3, Severity.ERROR),
  VERSION_SHAPE(NamingRules.N3, Severity.ERROR),
  DRAFT_WORD(NamingRules.N3, Severity.ERROR),
  TWO_STATUSES(NamingRules.N3, Severity.ERROR);

  private final Problem.Spec spec;

  NameProblem(RuleId rule, Severity severity) {
    this.spec = new Problem.Spec(rule, severity, "naming." + name().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }

  /** The rule, given the kind of name being checked ({@code null} when none was recognised). */
  public RuleId rule(NameKind kind) {
    if (rule() != null) {
      return rule();
    }
    return kind == null ? NamingRules.N1 : kind.rule();
  }
}
