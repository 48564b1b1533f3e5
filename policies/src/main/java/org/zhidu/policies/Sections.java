package org.zhidu.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A pack's sections, each bound once, the first time it is asked for: binding a section reads its YAML into the
 * area's policy and collects the values in force it states. Safe to share between threads: a section is bound under
 * the lock, then read without it.
 */
final class Sections {

  /** A section bound: its policy ({@code null} when the pack does not carry the area) and its values in force. */
  record Bound(Object policy, List<Setting> settings) {

    Bound {
      settings = List.copyOf(settings);
    }
  }

  /** Binds one section of the pack. */
  @FunctionalInterface
  interface Binder {
    Bound bind(PackSection<?, ?> section);
  }

  private final List<PackSection<?, ?>> order = Registry.sections();
  private final AtomicReferenceArray<Bound> bound = new AtomicReferenceArray<>(order.size());
  private final Binder binder;
  private volatile List<Setting> settings;

  Sections(Binder binder) {
    this.binder = binder;
  }

  /** Binds every section now: a user's pack reports every error in it when it is loaded. */
  Sections bindAll() {
    settings();
    return this;
  }

  Object policy(PackSection<?, ?> section) {
    int index = order.indexOf(section);
    if (index < 0) {
      throw new IllegalArgumentException("not a section of the registry: " + section.key());
    }
    return bound(index).policy();
  }

  List<Setting> settings() {
    List<Setting> all = settings;
    if (all == null) {
      List<Setting> collected = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        collected.addAll(bound(i).settings());
      }
      all = List.copyOf(collected);
      settings = all;
    }
    return all;
  }

  private Bound bound(int index) {
    Bound b = bound.get(index);
    if (b == null) {
      synchronized (this) {
        b = bound.get(index);
        if (b == null) {
          b = binder.bind(order.get(index));
          bound.set(index, b);
        }
      }
    }
    return b;
  }
}
