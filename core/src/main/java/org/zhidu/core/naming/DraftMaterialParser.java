package org.zhidu.core.naming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * N3: 时间-类别-使用人-标题+版本号(其他便于检索的关键词). The 版本号 is 初 for a first draft, the revision count after
 * each revision, with a decimal for saves during one (3.2); 送审 or 定稿 (定) may follow it.
 */
final class DraftMaterialParser {

  static final Set<String> STATUSES = Set.of("送审", "定稿", "定");

  /** The statuses as they may end a title, longest first (定稿 before 定). */
  private static final List<String> TRAILING_STATUSES = List.of("送审", "定稿", "定");

  private DraftMaterialParser() {}

  static DraftMaterial parse(
      String name,
      List<Tokens.Token> tokens,
      DateText firstDate,
      NamingPolicy policy,
      NameFindings out,
      Segments segments) {
    LocalDate date = NameParts.leadingDate(name, tokens.get(0), firstDate, SegmentRole.DATE, out, segments);
    if (tokens.size() < 4) {
      out.add(NameProblem.MISSING_SEGMENTS, 0, SegmentRole.WHOLE, null, "时间-类别-使用人-标题+版本号(关键词)");
      return null;
    }
    NameParts.checkSeparators(tokens, 3, out);

    Tokens.Token categoryToken = tokens.get(1);
    String category =
        SegmentCleaner.clean(categoryToken.text(), categoryToken.start(), SegmentRole.CATEGORY, out);
    segments.add(SegmentRole.CATEGORY, categoryToken.text(), category, categoryToken.start() + 1);
    boolean hasCategory = NameParts.present(category, categoryToken.start(), SegmentRole.CATEGORY, out);
    if (hasCategory && !policy.isKnownCategory(category)) {
      out.add(NameProblem.UNKNOWN_CATEGORY, categoryToken.start(), SegmentRole.CATEGORY, null, category);
    }

    Tokens.Token userToken = tokens.get(2);
    String user = SegmentCleaner.clean(userToken.text(), userToken.start(), SegmentRole.USER, out);
    segments.add(SegmentRole.USER, userToken.text(), user, userToken.start() + 1);
    boolean hasUser = NameParts.present(user, userToken.start(), SegmentRole.USER, out);

    int restStart = tokens.get(3).start();
    int restEnd = tokens.get(tokens.size() - 1).end();
    String rest = SegmentCleaner.clean(name.substring(restStart, restEnd), restStart, SegmentRole.TITLE, out);
    List<String> groups = new ArrayList<>(2);
    String core = rest;
    for (int open = NameParts.trailingGroupStart(core); open > 0; open = NameParts.trailingGroupStart(core)) {
      groups.add(0, core.substring(open + 1, core.length() - 1));
      core = core.substring(0, open);
    }
    String status = null;
    boolean statusInParentheses = false;
    if (!groups.isEmpty() && STATUSES.contains(groups.get(0))) {
      status = groups.remove(0);
      statusInParentheses = true;
    } else {
      for (String candidate : TRAILING_STATUSES) {
        if (core.endsWith(candidate)) {
          status = candidate;
          core = core.substring(0, core.length() - candidate.length());
          break;
        }
      }
    }
    int versionStart = versionStart(core);
    String title = versionStart < 0 ? core : core.substring(0, versionStart);
    String version = versionStart < 0 ? null : core.substring(versionStart);
    segments.add(SegmentRole.TITLE, title, title, restStart + 1);
    boolean hasTitle = NameParts.present(title, restStart, SegmentRole.TITLE, out);
    if (version == null) {
      out.add(NameProblem.MISSING_VERSION, restStart + core.length(), SegmentRole.VERSION, null);
    } else {
      segments.add(SegmentRole.VERSION, version, version, restStart + versionStart + 1);
    }
    if (status != null) {
      segments.add(SegmentRole.STATUS, status, status, restStart + core.length() + 1);
    }
    if (segments.recording()) {
      for (String keyword : groups) {
        segments.add(SegmentRole.KEYWORDS, keyword, keyword, restStart + rest.indexOf(keyword) + 1);
      }
    }
    if (date == null || version == null || !hasCategory || !hasUser || !hasTitle) {
      return null;
    }
    return new DraftMaterial(date, category, user, title, version, status, statusInParentheses, groups);
  }

  /** Where the 版本号 (初, 3, 3.2) that ends the text starts, or -1 when it has none. */
  static int versionStart(String core) {
    int end = core.length();
    if (end == 0) {
      return -1;
    }
    if (core.charAt(end - 1) == '初') {
      return end - 1;
    }
    int i = end;
    while (i > 0 && Characters.isAsciiDigit(core.charAt(i - 1))) {
      i--;
    }
    if (i == end) {
      return -1;
    }
    if (i >= 2 && core.charAt(i - 1) == '.' && Characters.isAsciiDigit(core.charAt(i - 2))) {
      int j = i - 1;
      while (j > 0 && Characters.isAsciiDigit(core.charAt(j - 1))) {
        j--;
      }
      return j;
    }
    return i;
  }
}
