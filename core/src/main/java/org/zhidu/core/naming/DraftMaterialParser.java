package org.zhidu.core.naming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhidu.core.finding.Fix;

/**
 * N3: 时间-类别-使用人-标题+版本号(其他便于检索的关键词). The 版本号 is 初 for a first draft, the revision count after
 * each revision, with a decimal for saves during one (3.2); 送审 or 定稿 (定) may follow it.
 */
final class DraftMaterialParser {

  static final Set<String> STATUSES = Set.of("送审", "定稿", "定");

  /** The statuses as they may end a title, longest first (送审稿 before 送审, 定稿 before 定). */
  private static final List<String> TRAILING_STATUSES = List.of("送审稿", "送审", "定稿", "定");

  /** What people write for the clause's words: 送审稿 for 送审 (送审稿为“版本号+送审”). */
  private static final java.util.Map<String, String> STATUS_SPELLINGS = java.util.Map.of("送审稿", "送审");

  /** 初稿 where the clause has 初 (初稿为“初”). */
  private static final String FIRST_DRAFT_WORD = "初稿";

  /** Characters after which 初 ends a word of the title (最初, 当初, 起初), not a version. */
  private static final String WORD_BEFORE_CHU = "最当起";

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
    String raw = name.substring(restStart, restEnd);
    String status = null;
    boolean statusInParentheses = false;
    String trailing = null;
    for (String candidate : TRAILING_STATUSES) {
      if (core.endsWith(candidate) && versionStart(core.substring(0, core.length() - candidate.length())) >= 0) {
        trailing = candidate;
        break;
      }
    }
    String grouped = !groups.isEmpty() && statusWord(groups.get(0)) != null ? groups.get(0) : null;
    if (trailing != null) {
      int cut = core.length() - trailing.length();
      status = statusWord(trailing);
      if (!trailing.equals(status)) {
        out.add(NameProblem.DRAFT_WORD, restStart + SegmentCleaner.originalIndex(raw, rest, cut), SegmentRole.STATUS,
            new Fix(SegmentCleaner.original(raw, rest, cut, core.length()), status), trailing, status);
      }
      core = core.substring(0, cut);
    } else if (grouped != null) {
      groups.remove(0);
      status = statusWord(grouped);
      statusInParentheses = true;
      if (!grouped.equals(status)) {
        int at = core.length() + 1;
        out.add(NameProblem.DRAFT_WORD, restStart + SegmentCleaner.originalIndex(raw, rest, at), SegmentRole.STATUS,
            new Fix(SegmentCleaner.original(raw, rest, at, at + grouped.length()), status), grouped, status);
      }
      grouped = !groups.isEmpty() && statusWord(groups.get(0)) != null ? groups.get(0) : null;
    }
    boolean twoStatuses = status != null && grouped != null;
    if (twoStatuses) {
      // 送审 and 定稿 at once: a copy is either the one sent for review or the final one (版本号说明)
      int at = rest.indexOf("(" + grouped + ")", core.length());
      out.add(NameProblem.TWO_STATUSES, restStart + SegmentCleaner.originalIndex(raw, rest, Math.max(at, 0)),
          SegmentRole.STATUS, null, status, statusWord(grouped));
    }
    if (core.endsWith(FIRST_DRAFT_WORD)) {
      int cut = core.length() - FIRST_DRAFT_WORD.length();
      out.add(NameProblem.DRAFT_WORD, restStart + SegmentCleaner.originalIndex(raw, rest, cut), SegmentRole.VERSION,
          new Fix(SegmentCleaner.original(raw, rest, cut, core.length()), "初"), FIRST_DRAFT_WORD, "初");
      core = core.substring(0, cut + 1);
    }
    int versionStart = versionStart(core);
    String title = versionStart < 0 ? core : core.substring(0, versionStart).stripTrailing();
    String version = versionStart < 0 ? null : core.substring(versionStart);
    segments.add(SegmentRole.TITLE, title, title, restStart + 1);
    boolean hasTitle = NameParts.present(title, restStart, SegmentRole.TITLE, out);
    boolean versionUsable = version != null;
    if (version == null) {
      String ending = versionLikeEnding(core);
      if (ending == null) {
        out.add(NameProblem.MISSING_VERSION, restStart + core.length(), SegmentRole.VERSION, null);
      } else {
        out.add(NameProblem.VERSION_READ_AS_TITLE, restStart + core.length() - ending.length(), SegmentRole.VERSION,
            null, ending);
      }
    } else {
      segments.add(SegmentRole.VERSION, version, version, restStart + versionStart + 1);
      String canonical = canonicalVersion(version);
      if (!canonical.equals(version)) {
        String fixed = fixedVersion(version);
        int at = restStart + SegmentCleaner.originalIndex(raw, rest, versionStart);
        out.add(NameProblem.VERSION_SHAPE, at, SegmentRole.VERSION,
            fixed == null ? null : new Fix(SegmentCleaner.original(raw, rest, versionStart, core.length()), fixed),
            version);
        version = fixed;
        versionUsable = fixed != null;
      }
    }
    if (status != null) {
      segments.add(SegmentRole.STATUS, status, status, restStart + core.length() + 1);
    }
    if (segments.recording()) {
      for (String keyword : groups) {
        segments.add(SegmentRole.KEYWORDS, keyword, keyword, restStart + rest.indexOf(keyword) + 1);
      }
    }
    if (twoStatuses || !versionUsable) {
      return null;
    }
    if (date == null || !hasCategory || !hasUser || !hasTitle) {
      return null;
    }
    return new DraftMaterial(date, category, user, title, version, status, statusInParentheses, groups);
  }

  /** The clause's status word a text stands for (送审, 定稿, 定; 送审稿 for 送审), or {@code null}. */
  private static String statusWord(String text) {
    return STATUSES.contains(text) ? text : STATUS_SPELLINGS.get(text);
  }

  /**
   * The version as the clause writes it: 初, a revision count n, or n.m for the m-th save during the n-th revision,
   * each number from 1 and without leading zeros. Returns the text itself when it is so written, else "".
   */
  static String canonicalVersion(String version) {
    if (version.equals("初")) {
      return version;
    }
    String[] parts = version.split("\\.", -1);
    if (parts.length > 2) {
      return "";
    }
    for (String part : parts) {
      if (part.isEmpty() || part.charAt(0) == '0') {
        return "";
      }
    }
    return version;
  }

  /** The version with only its leading zeros dropped (03 → 3, 3.02 → 3.2) when that makes it right, else null. */
  static String fixedVersion(String version) {
    String[] parts = version.split("\\.", -1);
    if (parts.length > 2) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      String stripped = part.replaceFirst("^0+", "");
      if (stripped.isEmpty()) {
        return null;
      }
      out.append(out.length() == 0 ? "" : ".").append(stripped);
    }
    return out.toString();
  }

  /**
   * The end of the title that looks like a version but is read as part of the title (G20, 第2, 2015, 2015年初), or
   * {@code null}.
   */
  private static String versionLikeEnding(String core) {
    int end = core.length();
    if (end == 0) {
      return null;
    }
    if (core.charAt(end - 1) == '初') {
      return end >= 2 ? core.substring(end - 2) : null;
    }
    int i = numberRunStart(core);
    if (i < 0) {
      return null;
    }
    return i > 0 && (Characters.isAsciiAlphanumeric(core.charAt(i - 1)) || core.charAt(i - 1) == '第')
        ? core.substring(i - 1) : core.substring(i);
  }

  /** The start of the run of digits and dots (starting and ending with a digit) that ends the text, or -1. */
  private static int numberRunStart(String core) {
    int end = core.length();
    if (end == 0 || !Characters.isAsciiDigit(core.charAt(end - 1))) {
      return -1;
    }
    int i = end;
    while (i > 0 && (Characters.isAsciiDigit(core.charAt(i - 1)) || core.charAt(i - 1) == '.')) {
      i--;
    }
    while (core.charAt(i) == '.') {
      i++;
    }
    return i;
  }

  /**
   * Where the 版本号 that ends the text starts, or -1 when it has none. The version is 初 or a run of digits and dots
   * right after the title. Read as the title's own, not a version: digits after a Latin letter (迎接G20, V2) or
   * after 第 (第2), a first number of four digits or more (a year: 工作要点2015), and 初 ending a word (2015年初,
   * 3月初, 最初, 当初, 起初). A single space (kept between Latin letters and digits) puts a version after such a title:
   * 迎接G20 3.2. A run that is there but not rightly shaped (0, 03, 3.0, 3.2.1) is returned, to be reported.
   */
  static int versionStart(String core) {
    int end = core.length();
    if (end == 0) {
      return -1;
    }
    if (core.charAt(end - 1) == '初') {
      if (end >= 2 && WORD_BEFORE_CHU.indexOf(core.charAt(end - 2)) >= 0) {
        return -1;
      }
      if (end >= 3 && (core.charAt(end - 2) == '年' || core.charAt(end - 2) == '月')
          && (Characters.isAnyDigit(core.charAt(end - 3)) || Characters.isChineseNumeral(core.charAt(end - 3)))) {
        return -1;
      }
      return end - 1;
    }
    int i = numberRunStart(core);
    if (i < 0) {
      return -1;
    }
    if (i > 0 && (Characters.isAsciiAlphanumeric(core.charAt(i - 1)) || core.charAt(i - 1) == '第')) {
      return -1;
    }
    int firstNumber = core.indexOf('.', i);
    int digits = (firstNumber < 0 ? end : firstNumber) - i;
    return digits >= 4 ? -1 : i;
  }
}
