package org.zhidu.core.signoff;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of drafting and sign-off that zhidu computes (S3 专题会议办理程序规范, 会议记录工作规范; S2 (7) 综合文稿工作规则, (13) 改革办工作制度). */
public final class SignoffRules {

  /**
   * The sign-off chain of a document: each step in order, none skipped (越级), none signed before the step before
   * (倒签), proxies only as the clause allows (文稿审签和运转工作规范 一(一)).
   */
  public static final RuleId D1 = RuleId.of("D1");
  /**
   * Each signature an explicit opinion with a name and a time; 拟同意 inside the office's review; the final
   * proof-read's words, by another section; a second proof-read for the city government (文稿审签和运转工作规范 一(一)1⑶, 一(二)).
   */
  public static final RuleId D2 = RuleId.of("D2");
  /** A topic meeting's plan: its seven elements, signed off the day before the meeting (专题会议办理程序规范 三(一)(二)). */
  public static final RuleId D3 = RuleId.of("D3");
  /** A meeting's minutes: their elements, and the sign-in sheet of a large or important meeting (会议记录工作规范 二). */
  public static final RuleId D4 = RuleId.of("D4");

  /**
   * Deadlines of a leader's drafts: departments' drafts 3 days ahead (important speeches 5), the clerk revises in 1
   * working day, the deputy director in half a working day, the director in 1; reform plans 15 days ahead.
   */
  public static final RuleId D5 = RuleId.of("D5");

  /** Who signs the committee's, the party group's and the office's documents (吴江 十 办文分工及文件签发). */
  public static final RuleId D6 = RuleId.of("D6");
  /** The chains of a topic meeting's plan and minutes (专题会议办理程序规范 三(二)、三(七)3). */
  public static final RuleId D7 = RuleId.of("D7");

  /** The drafting and sign-off rules in catalogue order, D1 to D7. */
  public static final List<RuleId> ALL = List.of(D1, D2, D3, D4, D5, D6, D7);

  private SignoffRules() {}
}
