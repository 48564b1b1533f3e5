package org.zhidu.core.secrecy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compilations and media that hold themselves (S1): one that lists its own number among what it holds, or holds
 * another that holds it again, however many steps round. Such a register cannot be right, and the levels along the
 * round would only confirm each other. Found with Tarjan's strongly connected components, iteratively, so a long
 * chain of carriers neither takes quadratic time nor overflows the stack.
 */
final class CarrierCycles {

  private CarrierCycles() {}

  /**
   * For each row of the register, a number it holds that leads back to it (its own, when it holds itself), or
   * {@code null}: rows that give one number twice are one carrier, each row answering for what it lists itself.
   *
   * @param carriers the register's carriers, in the order read
   * @return for each row in turn, the number held through which it holds itself, or {@code null}
   */
  static List<String> of(List<CarrierRecord> carriers) {
    Map<String, Set<String>> holds = new LinkedHashMap<>();
    for (CarrierRecord c : carriers) {
      holds.computeIfAbsent(c.number(), k -> new LinkedHashSet<>()).addAll(c.contents());
    }
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Map<String, Integer> component = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    int[] counter = {0};
    int components = 0;
    for (String root : holds.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      // each frame: a carrier and the iterator over what it holds
      Deque<Map.Entry<String, Iterator<String>>> frames = new ArrayDeque<>();
      visit(root, index, low, stack, onStack, counter);
      frames.push(Map.entry(root, holds.get(root).iterator()));
      while (!frames.isEmpty()) {
        Map.Entry<String, Iterator<String>> frame = frames.peek();
        String v = frame.getKey();
        if (frame.getValue().hasNext()) {
          String w = frame.getValue().next();
          if (!holds.containsKey(w)) {
            continue; // a document, not a carrier: no round passes through it
          }
          if (!index.containsKey(w)) {
            visit(w, index, low, stack, onStack, counter);
            frames.push(Map.entry(w, holds.get(w).iterator()));
          } else if (onStack.contains(w)) {
            low.put(v, Math.min(low.get(v), index.get(w)));
          }
          continue;
        }
        frames.pop();
        if (!frames.isEmpty()) {
          String parent = frames.peek().getKey();
          low.put(parent, Math.min(low.get(parent), low.get(v)));
        }
        if (low.get(v).equals(index.get(v))) {
          String w;
          do {
            w = stack.pop();
            onStack.remove(w);
            component.put(w, components);
          } while (!w.equals(v));
          components++;
        }
      }
    }
    Map<Integer, Integer> sizes = new HashMap<>();
    component.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
    List<String> out = new ArrayList<>(carriers.size());
    for (CarrierRecord c : carriers) {
      String v = c.number();
      String through = null;
      for (String w : c.contents()) {
        // held by itself, or a carrier of the same component of more than one: a way back round
        if (w.equals(v) || holds.containsKey(w) && component.get(w).equals(component.get(v))
            && sizes.get(component.get(v)) > 1) {
          through = w;
          break;
        }
      }
      out.add(through);
    }
    return out;
  }

  private static void visit(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
      Set<String> onStack, int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]);
    counter[0]++;
    stack.push(v);
    onStack.add(v);
  }
}
