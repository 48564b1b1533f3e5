package org.zhidu.core.naming;

import java.util.List;
import java.util.Objects;

/**
 * Checks electronic document names against N1–N5 and proposes the corrected name. Thread-safe and pure: one
 * checker can serve any number of names on any number of threads.
 */
public final class NameChecker {

  private final NamingPolicy policy;
  private final DocumentKinds kinds;

  /**
   * A checker that reads names with the pack's 文种 and 类别.
   *
   * @param policy the lists N1 and N3 depend on
   */
  public NameChecker(NamingPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.kinds = new DocumentKinds(policy.documentKinds());
  }

  /**
   * The lists this checker reads names with.
   *
   * @return the policy it was made with
   */
  public NamingPolicy policy() {
    return policy;
  }

  /**
   * Checks one file name (a bare name, not a path; the extension is kept apart).
   *
   * @param fileName the bare file name, extension included, not a path
   * @return the report: the kind recognised, every finding in name order, and the corrected name where there is one
   * @throws NullPointerException if {@code fileName} is {@code null}
   */
  public NameReport check(String fileName) {
    return check(fileName, Segments.OFF);
  }

  /**
   * Checks one file name and records its parse, segment by segment, in the report.
   *
   * @param fileName the bare file name, extension included, not a path
   * @return the report, with {@link NameReport#segments()} filled in
   * @throws NullPointerException if {@code fileName} is {@code null}
   */
  public NameReport explain(String fileName) {
    return check(fileName, Segments.recorder());
  }

  private NameReport check(String fileName, Segments segments) {
    Objects.requireNonNull(fileName, "fileName");
    NameFindings out = new NameFindings();
    if (fileName.isBlank()) {
      out.add(NameProblem.EMPTY, 0, SegmentRole.WHOLE, null);
      return new NameReport(fileName, "", null, segments.toList(), out.toList(), null, null);
    }
    String fixed = FileNameCharacters.check(fileName, out);
    int dot = extensionStart(fixed);
    int end = dot < 0 ? fixed.length() : dot;
    String extension = dot < 0 ? "" : fixed.substring(dot);

    DocumentName document = parse(fixed, end, out, segments);
    if (!extension.isEmpty()) {
      segments.add(SegmentRole.EXTENSION, extension, extension, dot + 1);
    }
    String suggestion = null;
    if (document != null && out.hasFix() && !out.hasUnfixableError()) {
      String corrected = document.render() + extension;
      boolean fits = corrected.length() * 3 <= FileNameCharacters.MAX_UTF8_BYTES
          || FileNameCharacters.utf8Length(corrected) <= FileNameCharacters.MAX_UTF8_BYTES;
      if (fits && !corrected.equals(fileName)) {
        suggestion = corrected;
      }
    }
    return new NameReport(
        fileName, extension, out.kind(), segments.toList(), out.toList(), document, suggestion);
  }

  /** Parses {@code name[0, end)}, the name before its extension. */
  private DocumentName parse(String name, int end, NameFindings out, Segments segments) {
    List<Tokens.Token> tokens = Tokens.split(name, end);
    Tokens.Token first = tokens.get(0);
    DateText firstDate = DateText.parse(name, first.start(), first.end());
    if (firstDate != null) {
      boolean minutes =
          tokens.size() > 1 && MeetingMinutes.isMark(tokens.get(1).text().strip());
      if (minutes) {
        out.kind(NameKind.MINUTES);
        return MeetingMinutesParser.parse(name, tokens, firstDate, out, segments);
      }
      out.kind(NameKind.DRAFT);
      return DraftMaterialParser.parse(name, tokens, firstDate, policy, out, segments);
    }
    if (looksLikeDocument(tokens)) {
      out.kind(NameKind.DOCUMENT);
      return OfficialDocumentParser.parse(name, tokens, kinds, out, segments);
    }
    out.add(NameProblem.UNRECOGNISED, 0, SegmentRole.WHOLE, null);
    if (segments.recording()) {
      segments.add(SegmentRole.WHOLE, name.substring(0, end), name.substring(0, end), 1);
    }
    return null;
  }

  /** A 文号 first (it ends in 号 or holds a bracketed year), or a known 文种 second. */
  private boolean looksLikeDocument(List<Tokens.Token> tokens) {
    if (tokens.size() < 2) {
      return false;
    }
    String first = tokens.get(0).text();
    if (first.indexOf('号') >= 0) {
      return true;
    }
    for (int i = 0; i + 5 < first.length(); i++) {
      if (Characters.isOpeningBracket(first.charAt(i))
          && Characters.isAnyDigit(first.charAt(i + 1))
          && Characters.isClosingBracket(first.charAt(i + 5))) {
        return true;
      }
    }
    return kinds.spelled(tokens.get(1).text().strip()) != null;
  }

  /**
   * Where the extension starts: the last dot followed by one to five Latin letters or digits with at least one
   * letter (so a trailing 3.2 or 2014.03.14 is never taken for one); -1 when there is none.
   */
  static int extensionStart(String fileName) {
    int dot = fileName.lastIndexOf('.');
    int length = fileName.length() - dot - 1;
    if (dot <= 0 || length < 1 || length > 5) {
      return -1;
    }
    boolean letter = false;
    for (int i = dot + 1; i < fileName.length(); i++) {
      char c = fileName.charAt(i);
      if (!Characters.isAsciiAlphanumeric(c)) {
        return -1;
      }
      letter |= !Characters.isAsciiDigit(c);
    }
    return letter ? dot : -1;
  }
}
