package org.zhidu.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money as offices write them, read exactly (never as floating point): {@code 1500}, {@code 1,500.00},
 * {@code ￥1500}, {@code 1500元}, {@code 3万元}, {@code 1.5万}, full-width {@code １５００}, and in capital figures (大写金额) {@code 壹仟伍佰元整}; and written back in capital
 * figures by the rules of the People's Bank of China's 《支付结算办法》附件一 (正确填写票据和结算凭证的基本规定): a run of
 * zeros inside the amount is one 零, 整 ends an amount with no 分, 壹拾 is written out.
 */
public final class Amounts {

  /** The most an office register holds: a trillion yuan less a fen (a larger amount is no amount, but a typo). */
  public static final BigDecimal MOST = new BigDecimal("999999999999.99");

  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String SMALL_UNITS = "拾佰仟";

  private Amounts() {}

  /**
   * The amount a cell holds, in yuan with at most two decimals, or {@code null} when it is none: blank, negative,
   * more than two decimals, more than {@link #MOST}, or any other text.
   *
   * @param text the cell's text, never {@code null}
   * @return the amount in yuan, 0 to {@link #MOST}, or {@code null}
   */
  public static BigDecimal parse(String text) {
    BigDecimal plain = plain(text);
    if (plain != null) {
      return plain;
    }
    String t = halfWidth(text.strip());
    if (t.isEmpty() || t.length() > 40) {
      return null;
    }
    BigDecimal value = isCapital(t.charAt(0)) ? capital(t) : figures(t);
    if (value == null || value.signum() < 0 || value.compareTo(MOST) > 0 || value.scale() > 2
        && value.stripTrailingZeros().scale() > 2) {
      return null;
    }
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * An amount in plain figures (1500, 3317.61, 0.5), as a register writes most of them, read without a decimal
   * parser; {@code null} for any other writing, which {@link #parse} reads the long way.
   */
  private static BigDecimal plain(String t) {
    int n = t.length();
    if (n == 0 || n > 15) {
      return null;
    }
    long cents = 0;
    int decimals = -1;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == '.' && decimals < 0 && i > 0 && i < n - 1) {
        decimals = 0;
      } else if (c >= '0' && c <= '9' && decimals < 2) {
        cents = cents * 10 + (c - '0');
        decimals = decimals < 0 ? -1 : decimals + 1;
      } else {
        return null;
      }
    }
    for (int d = Math.max(decimals, 0); d < 2; d++) {
      cents *= 10;
    }
    BigDecimal value = BigDecimal.valueOf(cents, 2);
    return value.compareTo(MOST) > 0 ? null : value;
  }

  /** Full-width digits, comma and point (１，５００．００, as an input method types them) as ASCII. */
  private static String halfWidth(String t) {
    StringBuilder out = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      char ascii = c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c;
      if (ascii != c) {
        if (out == null) {
          out = new StringBuilder(t);
        }
        out.setCharAt(i, ascii);
      }
    }
    return out == null ? t : out.toString();
  }

  /** 1,500.00, ￥1500, 1500元, 1500.5 元. */
  private static BigDecimal figures(String t) {
    int from = 0;
    int to = t.length();
    if (t.charAt(0) == '¥' || t.charAt(0) == '￥') {
      from = 1;
    }
    if (to > from && t.charAt(to - 1) == '元') {
      to--;
    }
    boolean wan = to > from && t.charAt(to - 1) == '万';
    if (wan) {
      to--; // 3万元, 1.5万
    }
    StringBuilder digits = new StringBuilder(to - from);
    boolean point = false;
    int sinceComma = -1;
    int sincePoint = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
        if (point) {
          sincePoint++;
        } else if (sinceComma >= 0) {
          sinceComma++;
        }
      } else if ((c == ',' || c == '，') && !point && digits.length() > 0
          && (sinceComma < 0 ? digits.length() <= 3 : sinceComma == 3)) {
        sinceComma = 0;
      } else if (c == '.' && !point && digits.length() > 0 && (sinceComma < 0 || sinceComma == 3)) {
        point = true;
        digits.append('.');
      } else if (c == ' ' && i == to - 1) {
        continue; // "1500 元"
      } else {
        return null;
      }
    }
    if (digits.length() == 0 || point && sincePoint == 0 || sinceComma >= 0 && sinceComma != 3 && !point
        || digits.length() > 20) {
      return null;
    }
    BigDecimal value = new BigDecimal(digits.toString());
    return wan ? value.movePointRight(4) : value;
  }

  private static boolean isCapital(char c) {
    return DIGITS.indexOf(c) >= 0 || c == '拾';
  }

  /**
   * 壹仟伍佰元整, 壹拾万元整, 壹仟零伍元零柒分, 伍角: digits 零–玖, units 拾佰仟 within a section, 万 and 亿 between
   * sections, then 元 (or 圆), 角, 分 and 整 (or 正).
   */
  private static BigDecimal capital(String t) {
    long yuan = 0;
    long section = 0;
    long wan = 0;
    int digit = -1;
    int i = 0;
    int n = t.length();
    boolean yuanSeen = false;
    boolean anyDigit = false;
    long lastSmallUnit = 10_000;
    for (; i < n && !yuanSeen; i++) {
      char c = t.charAt(i);
      int d = DIGITS.indexOf(c);
      int u = SMALL_UNITS.indexOf(c);
      if (d >= 0) {
        if (digit > 0) {
          return null; // two digits without a unit between them
        }
        digit = d;
        anyDigit = true;
      } else if (u >= 0) {
        long unit = u == 0 ? 10 : u == 1 ? 100 : 1000;
        // a unit follows its digit; only 拾 may stand alone, at the head of a section (拾万元: 100,000)
        if (unit >= lastSmallUnit || digit == 0 || digit < 0 && (unit != 10 || section != 0)) {
          return null;
        }
        section += (digit < 0 ? 1 : digit) * unit;
        anyDigit = true;
        lastSmallUnit = unit;
        digit = -1;
      } else if (c == '万' || c == '亿') {
        section += Math.max(digit, 0);
        if (section == 0) {
          return null;
        }
        if (c == '万') {
          if (wan != 0) {
            return null;
          }
          wan = section;
        } else {
          if (yuan != 0 || wan != 0) {
            return null;
          }
          yuan = section * 100_000_000L;
        }
        section = 0;
        digit = -1;
        lastSmallUnit = 10_000;
      } else if (c == '元' || c == '圆') {
        section += Math.max(digit, 0);
        yuan += wan * 10_000 + section;
        yuanSeen = true;
      } else {
        break;
      }
    }
    if (!yuanSeen) {
      if (yuan != 0 || wan != 0 || section != 0) {
        return null; // yuan without 元
      }
      i = 0; // 伍角, 叁分: read again as jiao and fen
    } else if (!anyDigit) {
      return null; // 元整 alone
    }
    digit = -1;
    int jiao = 0;
    int fen = 0;
    boolean whole = false;
    boolean jiaoSeen = false;
    boolean fenSeen = false;
    for (; i < n; i++) {
      char c = t.charAt(i);
      int d = DIGITS.indexOf(c);
      if (d >= 0 && !whole && !fenSeen) {
        if (digit > 0) {
          return null;
        }
        digit = d;
      } else if (c == '角' && digit > 0 && !jiaoSeen && !fenSeen && !whole) {
        jiao = digit;
        jiaoSeen = true;
        digit = -1;
      } else if (c == '分' && digit > 0 && !fenSeen && !whole) {
        fen = digit;
        fenSeen = true;
        digit = -1;
      } else if ((c == '整' || c == '正') && !whole && !fenSeen && i == n - 1 && digit <= 0) {
        whole = true;
      } else {
        return null;
      }
    }
    if (digit > 0 || !yuanSeen && !jiaoSeen && !fenSeen) {
      return null;
    }
    return BigDecimal.valueOf(yuan).add(BigDecimal.valueOf(jiao * 10L + fen, 2));
  }

  /**
   * The amount in capital figures (大写金额): 壹仟伍佰元整, 壹仟零伍元零柒分, 壹拾万元整, 伍角, 零元整.
   *
   * @param amount the amount in yuan, 0 to {@link #MOST}, with at most two decimals
   * @return the capital figures, ending in 元整, 角 or 分
   * @throws IllegalArgumentException for a negative amount, more than two decimals or more than {@link #MOST}
   */
  public static String capitals(BigDecimal amount) {
    if (amount.signum() < 0 || amount.compareTo(MOST) > 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("not an amount of yuan and fen: " + amount.toPlainString());
    }
    long fens = amount.movePointRight(2).longValueExact();
    long yuan = fens / 100;
    int jiao = (int) (fens / 10 % 10);
    int fen = (int) (fens % 10);
    StringBuilder out = new StringBuilder();
    if (yuan > 0) {
      out.append(integer(yuan)).append('元');
    }
    if (jiao == 0 && fen == 0) {
      return out.length() == 0 ? "零元整" : out.append('整').toString();
    }
    if (jiao > 0) {
      out.append(DIGITS.charAt(jiao)).append('角');
    } else if (yuan > 0) {
      out.append('零');
    }
    if (fen > 0) {
      out.append(DIGITS.charAt(fen)).append('分');
    }
    return out.toString();
  }

  /** A whole number of yuan above zero: sections of four digits joined by 亿 and 万, one 零 for a run of zeros. */
  private static String integer(long yuan) {
    long[] sections = {yuan / 100_000_000L, yuan / 10_000 % 10_000, yuan % 10_000};
    String[] joins = {"亿", "万", ""};
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    for (int s = 0; s < 3; s++) {
      long v = sections[s];
      if (v == 0) {
        zero = out.length() > 0;
        continue;
      }
      if (out.length() > 0 && (zero || v < 1000)) {
        out.append('零');
      }
      zero = false;
      out.append(section(v)).append(joins[s]);
    }
    return out.toString();
  }

  /** 1–9999 within a section: 壹仟零伍, 壹拾, 伍佰. */
  private static String section(long v) {
    StringBuilder out = new StringBuilder();
    int[] units = {1000, 100, 10, 1};
    boolean zero = false;
    for (int k = 0; k < 4; k++) {
      int d = (int) (v / units[k] % 10);
      if (d == 0) {
        zero = out.length() > 0;
        continue;
      }
      if (zero) {
        out.append('零');
        zero = false;
      }
      out.append(DIGITS.charAt(d));
      if (k < 3) {
        out.append(SMALL_UNITS.charAt(2 - k));
      }
    }
    return out.toString();
  }
}
