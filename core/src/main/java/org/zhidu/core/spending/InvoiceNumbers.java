package org.zhidu.core.spending;

import java.util.HashMap;
import java.util.Map;

/**
 * The invoice numbers a register has claimed, each with the place of the claim that gave it first. A number of up to
 * 18 digits (an invoice's 发票号码 or 发票代码) is kept exactly as a long in an open-addressing table, so a million of
 * them cost a few megabytes and no objects; any other number (a 20-digit 全电发票 number, letters) in a map.
 */
final class InvoiceNumbers {

  /** No number: keys start with a 1 before their digits, so none is 0. */
  private static final long FREE = 0;

  private long[] keys = new long[1 << 10];
  private long[] places = new long[1 << 10];
  private int size;
  private final Map<String, Long> others = new HashMap<>();

  /** Receives a number claimed again: the number, where it was first, where again. */
  interface Again {
    void seen(String number, long first, long again);
  }

  /** The place of an earlier claim of the number, or -1 (and the number is remembered at this place). */
  long remember(String number, long place) {
    long key = key(number);
    if (key == FREE) {
      Long first = others.putIfAbsent(number, place);
      return first == null ? -1 : first;
    }
    return remember(key, place);
  }

  /** The same for a number's key. */
  private long remember(long key, long place) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != FREE) {
      if (keys[i] == key) {
        return places[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    places[i] = place;
    size++;
    return -1;
  }

  /** Takes in the numbers of a later part of the register, telling each one this part had already. */
  void absorb(InvoiceNumbers later, Again again) {
    while ((size + later.size) * 2 >= keys.length) {
      grow(); // once for the part, not row by row
    }
    for (int i = 0; i < later.keys.length; i++) {
      if (later.keys[i] != FREE) {
        long first = remember(later.keys[i], later.places[i]);
        if (first >= 0) {
          again.seen(Long.toString(later.keys[i]).substring(1), first, later.places[i]);
        }
      }
    }
    later.others.forEach((number, place) -> {
      long first = remember(number, place);
      if (first >= 0) {
        again.seen(number, first, place);
      }
    });
  }

  /** 1 followed by the digits ("0123" is 10123), or {@link #FREE} for a number that is not 1 to 18 digits. */
  private static long key(String number) {
    int n = number.length();
    if (n == 0 || n > 18) {
      return FREE;
    }
    long key = 1;
    for (int i = 0; i < n; i++) {
      char c = number.charAt(i);
      if (c < '0' || c > '9') {
        return FREE;
      }
      key = key * 10 + (c - '0');
    }
    return key;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ h >>> 32) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldPlaces = places;
    keys = new long[oldKeys.length * 2];
    places = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != FREE) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != FREE) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        places[i] = oldPlaces[j];
      }
    }
  }
}
