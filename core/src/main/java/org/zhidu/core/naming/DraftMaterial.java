package org.zhidu.core.naming;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * N3: 时间-类别-使用人-标题+版本号(其他便于检索的关键词), e.g.
 * 2014.08.20-致辞-施瑞昶区长-全市网格化服务管理工作推进会3.2(送审)(刘德福、创新社会管理).
 *
 * @param date the 时间 the draft is dated
 * @param category the 类别, such as 致辞 or 讲话
 * @param user the 使用人, who the draft is for, such as 施瑞昶区长
 * @param title the 标题, without the version
 * @param version 初, or the revision count, with a decimal for saves during a revision (3.2); after a title ending
 *     in a Latin letter or digit it is written after one space (迎接G20 3.2)
 * @param status 送审, 定稿 or 定 after the version, or {@code null}
 * @param statusInParentheses whether the status is written (送审), as in the clause's example, or right after the
 *     version (3送审), as in its text; both follow the rule and are kept as written
 * @param keywords the groups in parentheses that help retrieval, in order
 */
public record DraftMaterial(
    LocalDate date,
    String category,
    String user,
    String title,
    String version,
    String status,
    boolean statusInParentheses,
    List<String> keywords)
    implements DocumentName {

  /**
   * Refuses a draft without its date, category, user, title or version; keeps an unmodifiable copy of the keywords.
   *
   * @param date the 时间 the draft is dated
   * @param category the 类别, such as 致辞 or 讲话
   * @param user the 使用人, who the draft is for, such as 施瑞昶区长
   * @param title the 标题, without the version
   * @param version 初, or the revision count, with a decimal for saves during a revision (3.2); after a title ending in
   *     a Latin letter or digit it is written after one space (迎接G20 3.2)
   * @param status 送审, 定稿 or 定 after the version, or {@code null}
   * @param statusInParentheses whether the status is written (送审), as in the clause's example, or right after the
   *     version (3送审), as in its text; both follow the rule and are kept as written
   * @param keywords the groups in parentheses that help retrieval, in order
   * @throws NullPointerException if {@code date}, {@code category}, {@code user}, {@code title}, {@code version} or
   *     {@code keywords} is {@code null}
   */
  public DraftMaterial {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    keywords = List.copyOf(keywords);
  }

  @Override
  public NameKind kind() {
    return NameKind.DRAFT;
  }

  @Override
  public String render() {
    StringBuilder out = new StringBuilder(64);
    out.append(DocumentName.dotted(date)).append('-').append(category).append('-').append(user).append('-');
    out.append(title);
    if (!title.isEmpty() && Character.isLetterOrDigit(title.charAt(title.length() - 1))
        && title.charAt(title.length() - 1) < 0x80 && version.charAt(0) != '初') {
      out.append(' '); // 迎接G20 3.2: the space keeps the version apart from a title ending in a Latin letter or digit
    }
    out.append(version);
    if (status != null) {
      if (statusInParentheses) {
        out.append('(').append(status).append(')');
      } else {
        out.append(status);
      }
    }
    for (String keyword : keywords) {
      out.append('(').append(keyword).append(')');
    }
    return out.toString();
  }
}
