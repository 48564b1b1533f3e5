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
  /** N5: the name is empty. */
  EMPTY(NamingRules.N5, Severity.ERROR),
  /**
   * N5: a character Windows or Linux forbids in file names ({@code \ / : * ? " < > |}); the full-width form is
   * proposed.
   */
  FORBIDDEN_CHARACTER(NamingRules.N5, Severity.ERROR),
  /** N5: a control character. */
  CONTROL_CHARACTER(NamingRules.N5, Severity.ERROR),
  /** N5: the name ends with a dot or a space, which Windows drops. */
  TRAILING_DOT_OR_SPACE(NamingRules.N5, Severity.ERROR),
  /** N5: a device name Windows reserves, such as {@code CON} or {@code NUL}. */
  RESERVED_NAME(NamingRules.N5, Severity.ERROR),
  /** N5: more UTF-8 bytes than a file name may have. */
  TOO_LONG(NamingRules.N5, Severity.ERROR),
  /** N5 (warning): not in Unicode NFC, so names that look the same may be taken for different files. */
  NOT_NFC(NamingRules.N5, Severity.WARNING),

  // N4: the usual ways people get it wrong, each with its fix
  /** N4: a separator other than the ASCII hyphen. */
  SEPARATOR(NamingRules.N4, Severity.ERROR),
  /** N4: full-width digits where the clause writes ASCII digits. */
  FULLWIDTH_DIGIT(NamingRules.N4, Severity.ERROR),
  /** N4: full-width parentheses where the clause writes ASCII {@code ()}. */
  FULLWIDTH_PARENTHESIS(NamingRules.N4, Severity.ERROR),
  /** N4: stray spaces around or inside segments. */
  STRAY_SPACE(NamingRules.N4, Severity.ERROR),
  /** N4: the 文号 year in brackets other than 六角括号 〔〕. */
  YEAR_BRACKETS(NamingRules.N4, Severity.ERROR),
  /** N4: a 文号 without its closing 号. */
  MISSING_HAO(NamingRules.N4, Severity.ERROR),
  /** N4: a date not written {@code yyyy.mm.dd}. */
  DATE_SHAPE(NamingRules.N4, Severity.ERROR),
  /** N4: the issue date of a document not in ASCII parentheses after the title. */
  DATE_NOT_IN_PARENTHESES(NamingRules.N4, Severity.ERROR),
  /** N4: 会议纪要 or another word where minutes write 纪要. */
  MINUTES_MARK(NamingRules.N4, Severity.ERROR),

  // all kinds
  /** N1: the name follows none of the three patterns. */
  UNRECOGNISED(NamingRules.N1, Severity.ERROR),
  /** Fewer segments than the pattern of the kind at hand has; reported under N1, N2 or N3. */
  MISSING_SEGMENTS(null, Severity.ERROR),
  /** A segment of the pattern is empty; reported under the kind's rule. */
  EMPTY_SEGMENT(null, Severity.ERROR),
  /** A date that does not exist (2014.02.30); reported under the kind's rule. */
  INVALID_DATE(null, Severity.ERROR),

  // N1 documents
  /** N1: the first segment is not a 发文字号 (issuer code, 〔year〕, serial, 号). */
  MALFORMED_NUMBER(NamingRules.N1, Severity.ERROR),
  /** N1: a 发文字号's serial written with 第, which only a 令号 takes. */
  NUMBER_ORDINAL(NamingRules.N1, Severity.ERROR),
  /** N1: a 发文字号's serial written with a leading zero. */
  NUMBER_LEADING_ZERO(NamingRules.N1, Severity.ERROR),
  /** N1: a number with a year in 〔〕 and a serial with 第: a 发文字号 takes no 第, a 令号 no year. */
  LING_NUMBER_WITH_YEAR(NamingRules.N1, Severity.ERROR),
  /** N1: the second segment is not one of the pack's 文种. */
  UNKNOWN_DOCUMENT_KIND(NamingRules.N1, Severity.ERROR),
  /** N1: the issue date is missing. */
  MISSING_ISSUE_DATE(NamingRules.N1, Severity.ERROR),
  /** N1: the 文号's year is after the issue date's year. */
  NUMBER_YEAR_AFTER_DATE(NamingRules.N1, Severity.ERROR),
  /** N1 (warning): the 文号's year is before the issue date's year. */
  NUMBER_YEAR_BEFORE_DATE(NamingRules.N1, Severity.WARNING),
  /** N1 (warning): the title ends in a 文种 other than the one the kind segment names. */
  TITLE_KIND_MISMATCH(NamingRules.N1, Severity.WARNING),

  // N2 minutes
  /** N2: the issue number {@code (yyyy第N期)} is missing. */
  MISSING_ISSUE_NUMBER(NamingRules.N2, Severity.ERROR),
  /** N2: the issue number is not written {@code (yyyy第N期)}. */
  ISSUE_NUMBER_SHAPE(NamingRules.N2, Severity.ERROR),
  /** N2 (warning): the issue year differs from the meeting's year. */
  ISSUE_YEAR_MISMATCH(NamingRules.N2, Severity.WARNING),
  /** N2 (warning): the theme has no recognisable 届次 (session), as the clause's examples have. */
  NO_SESSION(NamingRules.N2, Severity.WARNING),

  // N3 drafts
  /** N3 (warning): a 类别 outside the pack's list; the clause's list ends in 等, so this is a reminder only. */
  UNKNOWN_CATEGORY(NamingRules.N3, Severity.WARNING),
  /** N3: the title has no version (初, 1, 2, 3.2, …). */
  MISSING_VERSION(NamingRules.N3, Severity.ERROR),
  /** N3: what ends the title is read as part of it, so the title has no version. */
  VERSION_READ_AS_TITLE(NamingRules.N3, Severity.ERROR),
  /** N3: a version not as the clause writes them (初; n; n.m with m from 1; no leading zeros). */
  VERSION_SHAPE(NamingRules.N3, Severity.ERROR),
  /** N3: a word such as 初稿 or 送审稿 where the clause writes 初 or the version with 送审. */
  DRAFT_WORD(NamingRules.N3, Severity.ERROR),
  /** N3: both 送审 and 定稿 at once. */
  TWO_STATUSES(NamingRules.N3, Severity.ERROR);

  private final Problem.Spec spec;

  NameProblem(RuleId rule, Severity severity) {
    this.spec = new Problem.Spec(rule, severity, "naming." + name().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }

  /**
   * The rule, given the kind of name being checked ({@code null} when none was recognised).
   *
   * @param kind the kind recognised, or {@code null}
   * @return the problem's own rule, else the kind's (N1 when no kind was recognised)
   */
  public RuleId rule(NameKind kind) {
    if (rule() != null) {
      return rule();
    }
    return kind == null ? NamingRules.N1 : kind.rule();
  }
}
