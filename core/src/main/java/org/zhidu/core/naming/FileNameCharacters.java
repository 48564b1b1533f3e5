package org.zhidu.core.naming;

import java.text.Normalizer;
import java.util.List;
import org.zhidu.core.finding.Fix;

/**
 * N5: a name must be a legal file name on Windows and Linux and is compared in Unicode NFC. Forbidden
 * characters are replaced by their full-width forms (":" → "：", a pair of '"' → “ ”, "&lt;" "&gt;" → 《 》, as in a
 * title that quotes a document), control characters are dropped, trailing dots and spaces are removed.
 */
final class FileNameCharacters {

  /** The longest name both systems accept: 255 bytes of UTF-8 (Linux), which also bounds Windows' 255 units. */
  static final int MAX_UTF8_BYTES = 255;

  private static final List<String> RESERVED =
      List.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
          "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private FileNameCharacters() {}

  /** Checks the whole file name and returns it with every fixable N5 problem corrected. */
  static String check(String fileName, NameFindings out) {
    String name = fileName;
    int firstForbidden = -1;
    int firstControl = -1;
    boolean mayNeedNfc = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x4E00 && c <= 0x9FFF) {
        continue; // a CJK ideograph: legal, and stable under NFC
      }
      mayNeedNfc |= !isNfcStable(c);
      if (c < 0x20 || c == 0x7F) {
        if (firstControl < 0) {
          firstControl = i;
        }
      } else if (isForbidden(c) && firstForbidden < 0) {
        firstForbidden = i;
      }
    }
    if (firstControl >= 0) {
      String fixed = withoutControls(name);
      out.add(NameProblem.CONTROL_CHARACTER, firstControl, SegmentRole.WHOLE, new Fix(name, fixed));
      name = fixed;
      firstForbidden = firstForbidden(name);
    }
    if (firstForbidden >= 0) {
      String fixed = replaceForbidden(name);
      out.add(
          NameProblem.FORBIDDEN_CHARACTER,
          firstForbidden,
          SegmentRole.WHOLE,
          new Fix(String.valueOf(name.charAt(firstForbidden)), String.valueOf(fixed.charAt(firstForbidden))),
          String.valueOf(name.charAt(firstForbidden)));
      name = fixed;
    }
    int end = name.length();
    while (end > 0 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
      end--;
    }
    if (end < name.length()) {
      out.add(
          NameProblem.TRAILING_DOT_OR_SPACE,
          end,
          SegmentRole.WHOLE,
          new Fix(name.substring(end), ""));
      name = name.substring(0, end);
    }
    if (mayNeedNfc && !Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
      String fixed = Normalizer.normalize(name, Normalizer.Form.NFC);
      out.add(NameProblem.NOT_NFC, 0, SegmentRole.WHOLE, new Fix(name, fixed));
      name = fixed;
    }
    if (isReserved(name)) {
      out.add(NameProblem.RESERVED_NAME, 0, SegmentRole.WHOLE, null, name);
    }
    int bytes = name.length() * 3 <= MAX_UTF8_BYTES ? 0 : utf8Length(name);
    if (bytes > MAX_UTF8_BYTES) {
      out.add(
          NameProblem.TOO_LONG,
          0,
          SegmentRole.WHOLE,
          null,
          Integer.toString(bytes),
          Integer.toString(MAX_UTF8_BYTES));
    }
    return name;
  }

  static boolean isForbidden(char c) {
    return switch (c) {
      case '\\', '/', ':', '*', '?', '"', '<', '>', '|' -> true;
      default -> false;
    };
  }

  private static int firstForbidden(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (isForbidden(name.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String withoutControls(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x20 && c != 0x7F) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String replaceForbidden(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean openQuote = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '\\' -> out.append('＼');
        case '/' -> out.append('／');
        case ':' -> out.append('：');
        case '*' -> out.append('＊');
        case '?' -> out.append('？');
        case '<' -> out.append('《');
        case '>' -> out.append('》');
        case '|' -> out.append('｜');
        case '"' -> {
          out.append(openQuote ? '“' : '”');
          openQuote = !openQuote;
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether NFC leaves the character alone whatever surrounds it. Most names are ASCII, CJK ideographs and CJK or
   * full-width punctuation, none of which NFC changes, so the normaliser is asked only about a name holding anything
   * else (combining marks, compatibility ideographs such as U+F900, which NFC maps to another character).
   */
  static boolean isNfcStable(char c) {
    return c < 0x300
        || (c >= 0x2010 && c <= 0x206F)
        || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xFF00 && c <= 0xFFEF);
  }

  /** Windows reserves device names, also with any extension (CON.txt) and trailing spaces. */
  private static boolean isReserved(String name) {
    int end = name.indexOf('.');
    if (end < 0) {
      end = name.length();
    }
    while (end > 0 && name.charAt(end - 1) == ' ') {
      end--;
    }
    if (end < 3 || end > 4 || "CcPpAaNnLl".indexOf(name.charAt(0)) < 0) {
      return false;
    }
    for (String reserved : RESERVED) {
      if (reserved.length() == end && name.regionMatches(true, 0, reserved, 0, end)) {
        return true;
      }
    }
    return false;
  }

  /** The length of the name in UTF-8, counted without encoding it. */
  static int utf8Length(String name) {
    int bytes = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < name.length()
          && Character.isLowSurrogate(name.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
