package org.zhidu.core.naming;

import java.time.LocalDate;
import java.util.Objects;

/**
 * N2: 会议时间-纪要-会议主题-主持人(yyyy第N期), e.g. 2015.05.26-纪要-三届30次常务会议-施瑞昶(2015第4期).
 *
 * @param held the 会议时间, the day the meeting was held
 * @param theme the 会议主题, such as 三届30次常务会议
 * @param host the 主持人
 * @param issueYear the year of the issue number, normally the meeting's year
 * @param issueNumber the 期 within that year, from 1
 */
public record MeetingMinutes(LocalDate held, String theme, String host, int issueYear, int issueNumber)
    implements DocumentName {

  /** The second segment that marks minutes. */
  public static final String MARK = "纪要";

  /**
   * The other words people write where the clause has 纪要 (2015.05.26-会议纪要-…): the name is still read as minutes,
   * and the word is reported with its fix (N4).
   */
  static final java.util.Set<String> MARK_VARIANTS = java.util.Set.of("会议纪要");

  /** Whether the second segment marks minutes: 纪要, or one of its variants. */
  static boolean isMark(String segment) {
    return MARK.equals(segment) || MARK_VARIANTS.contains(segment);
  }

  /**
   * Refuses minutes without a date, theme or host, or with an issue number below 1.
   *
   * @param held the 会议时间, the day the meeting was held
   * @param theme the 会议主题, such as 三届30次常务会议
   * @param host the 主持人
   * @param issueYear the year of the issue number, normally the meeting's year
   * @param issueNumber the 期 within that year, from 1
   * @throws NullPointerException if {@code held}, {@code theme} or {@code host} is {@code null}
   * @throws IllegalArgumentException if {@code issueNumber} is below 1
   */
  public MeetingMinutes {
    Objects.requireNonNull(held, "held");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(host, "host");
    if (issueNumber < 1) {
      throw new IllegalArgumentException("an issue number starts at 1");
    }
  }

  @Override
  public NameKind kind() {
    return NameKind.MINUTES;
  }

  @Override
  public String render() {
    return DocumentName.dotted(held)
        + '-'
        + MARK
        + '-'
        + theme
        + '-'
        + host
        + '('
        + issueYear
        + '第'
        + issueNumber
        + "期)";
  }
}
