package org.zhidu.core.naming;

import org.zhidu.core.finding.Fix;

/**
 * Reads a 文号 (N1, GB/T 9704-2012 7.2.4) written with the usual mistakes of N4: another bracket around the year
 * ([2014] 【2014】 (2014) ［2014］ ﹝2014﹞ 〈2014〉), 第 or leading zeros in the 序号, a missing 号.
 *
 * <p>"令号除外": a 令号 is numbered as GB/T 9704-2012 10.3 writes it, 机关令 then 第N号 without a year (安居区人民政府令第1号);
 * 第 and leading zeros are its own and kept. A number with a year in brackets is a 发文字号 (7.2.4), whatever its 文种:
 * its 序号 takes neither 第 nor leading zeros, so 令〔2016〕第2号 is reported and fixed to 令〔2016〕2号.
 */
final class DocumentNumberParser {

  private DocumentNumberParser() {}

  /**
   * @param text the segment with digits, parentheses and spaces already cleaned
   * @param raw the segment as written in the name (fixes quote it)
   * @param offset where the segment starts in the name
   * @param kind the 文种 of the name, or {@code null} when unknown
   * @return the number, or {@code null} when the segment is not a 文号 (reported)
   */
  static DocumentNumber parse(String text, String raw, int offset, DocumentKind kind, NameFindings out) {
    int n = text.length();
    int open = -1;
    for (int i = 0; i + 5 < n; i++) {
      if (Characters.isOpeningBracket(text.charAt(i))
          && allDigits(text, i + 1, i + 5)
          && Characters.isClosingBracket(text.charAt(i + 5))) {
        open = i;
        break;
      }
    }
    boolean ordinalKind = kind != null && kind.ordinalNumber();
    int year = 0;
    int rest;
    String code;
    if (open > 0) {
      code = text.substring(0, open);
      year = Integer.parseInt(text, open + 1, open + 5, 10);
      if (year < 1000) {
        out.add(NameProblem.MALFORMED_NUMBER, offset, SegmentRole.DOCUMENT_NUMBER, null, raw);
        return null;
      }
      if (text.charAt(open) != '〔' || text.charAt(open + 5) != '〕') {
        String written = SegmentCleaner.original(raw, text, open, open + 6);
        out.add(
            NameProblem.YEAR_BRACKETS,
            offset + SegmentCleaner.originalIndex(raw, text, open),
            SegmentRole.DOCUMENT_NUMBER,
            new Fix(written, "〔" + year + "〕"),
            written);
      }
      rest = open + 6;
    } else if (ordinalKind && text.indexOf('第') > 0) {
      // a 令号 without a year: 安居区人民政府令第1号
      code = text.substring(0, text.indexOf('第'));
      rest = code.length();
    } else {
      out.add(NameProblem.MALFORMED_NUMBER, offset, SegmentRole.DOCUMENT_NUMBER, null, raw);
      return null;
    }
    boolean ordinal = rest < n && text.charAt(rest) == '第';
    int digitsFrom = ordinal ? rest + 1 : rest;
    int digitsTo = digitsFrom;
    while (digitsTo < n && Characters.isAsciiDigit(text.charAt(digitsTo))) {
      digitsTo++;
    }
    boolean hao = digitsTo == n - 1 && text.charAt(digitsTo) == '号';
    if (digitsTo == digitsFrom || digitsTo - digitsFrom > 9 || !(hao || digitsTo == n)) {
      out.add(NameProblem.MALFORMED_NUMBER, offset, SegmentRole.DOCUMENT_NUMBER, null, raw);
      return null;
    }
    int serial = Integer.parseInt(text, digitsFrom, digitsTo, 10);
    if (serial == 0) {
      out.add(NameProblem.MALFORMED_NUMBER, offset, SegmentRole.DOCUMENT_NUMBER, null, raw);
      return null;
    }
    // the 令号 of GB/T 9704-2012 10.3: 机关令第N号, no year; its 第 and leading zeros are kept as written
    boolean lingHao = ordinalKind && ordinal && year == 0;
    if (ordinal && !lingHao) {
      String written = SegmentCleaner.original(raw, text, rest, digitsTo);
      NameProblem problem = ordinalKind ? NameProblem.LING_NUMBER_WITH_YEAR : NameProblem.NUMBER_ORDINAL;
      out.add(
          problem,
          offset + SegmentCleaner.originalIndex(raw, text, rest),
          SegmentRole.DOCUMENT_NUMBER,
          new Fix(written, text.substring(digitsFrom, digitsTo)),
          written);
      ordinal = false;
    }
    int digits = 0;
    if (text.charAt(digitsFrom) == '0') {
      if (lingHao) {
        digits = digitsTo - digitsFrom;
      } else {
        out.add(
            NameProblem.NUMBER_LEADING_ZERO,
            offset + SegmentCleaner.originalIndex(raw, text, digitsFrom),
            SegmentRole.DOCUMENT_NUMBER,
            new Fix(SegmentCleaner.original(raw, text, digitsFrom, digitsTo), Integer.toString(serial)));
      }
    }
    if (!hao) {
      String written = text.substring(rest, digitsTo);
      out.add(
          NameProblem.MISSING_HAO,
          offset + SegmentCleaner.originalIndex(raw, text, digitsTo - 1) + 1,
          SegmentRole.DOCUMENT_NUMBER,
          new Fix(SegmentCleaner.original(raw, text, rest, digitsTo), written + "号"));
    }
    return new DocumentNumber(code, year, serial, ordinal, digits);
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Characters.isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
