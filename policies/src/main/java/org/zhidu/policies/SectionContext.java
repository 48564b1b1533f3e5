package org.zhidu.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.rule.Bound;
import org.zhidu.core.rule.Threshold;
import org.zhidu.policies.yaml.StrictYaml;

/**
 * What a section sees while it resolves: the values in force recorded with their clause and origin, the settings of
 * the pack it extends, and the place of each key for errors.
 */
public final class SectionContext {

  private final String section;
  private final Origin origin;
  private final StrictYaml.Document<?> document;
  private final Pack base;
  private final List<Setting> settings = new ArrayList<>();

  SectionContext(String section, Origin origin, StrictYaml.Document<?> document, Pack base) {
    this.section = section;
    this.origin = origin;
    this.document = document;
    this.base = base;
  }

  /** The settings recorded, in the order resolved. */
  List<Setting> settings() {
    return settings;
  }

  /**
   * The document the section was read from, for sections that locate their own entries.
   *
   * @return the pack file's document, with the places of its keys
   */
  public StrictYaml.Document<?> document() {
    return document;
  }

  /**
   * The pack the values of this section are recorded as coming from.
   *
   * @return the origin of the pack being resolved
   */
  public Origin origin() {
    return origin;
  }

  /**
   * The place of a key of this section (rota.clerksPerDay → its line and column), or of the section.
   *
   * @param key a key inside the section, dotted for a nested one, or {@code null} for the section itself
   * @return the key's line and column in the pack file, with the setting's name as field
   */
  public Location place(String key) {
    String pointer = "/" + section + (key == null || key.isEmpty() ? "" : "/" + key.replace('.', '/'));
    Location at = document.place(pointer);
    return new Location(at.file(), at.line(), at.column(), section + (key == null ? "" : "." + key));
  }

  /**
   * A single value: the pack's own, recorded with its clause, else the inherited one with the setting it came from.
   *
   * @param <T> the value's type
   * @param <P> the inherited policy's type
   * @param key the setting's key inside the section (clerksPerDay)
   * @param own the pack's own setting, or {@code null}
   * @param inheritedPolicy the policy of the pack it extends, or {@code null}
   * @param inherited the value of the pack it extends
   * @return the value in force
   * @throws InputException if the pack neither sets the value nor extends one that does
   */
  public <T, P> T value(String key, ValueSetting<T> own, P inheritedPolicy, Function<P, T> inherited) {
    if (own != null) {
      settings.add(new Setting(name(key), own.rules(), own.citation(), false, List.of(own.value().toString()),
          null, origin));
      return own.value();
    }
    inherit(key, inheritedPolicy);
    return inherited.apply(inheritedPolicy);
  }

  /**
   * A threshold: like {@link #value}, with the bound the pack states (X-BOUND).
   *
   * @param <P> the inherited policy's type
   * @param key the setting's key inside the section (deadlineDay)
   * @param own the pack's own threshold, or {@code null}
   * @param inheritedPolicy the policy of the pack it extends, or {@code null}
   * @param inherited the threshold of that policy
   * @return the threshold in force
   * @throws InputException if the pack neither sets the threshold nor extends one that does
   */
  public <P> Threshold threshold(
      String key, ThresholdSetting own, P inheritedPolicy, Function<P, Threshold> inherited) {
    if (own != null) {
      Threshold threshold = new Threshold(own.value(), own.toBound());
      settings.add(new Setting(name(key), own.rules(), own.citation(), false, List.of(own.value().toString()),
          own.toBound(), origin));
      return threshold;
    }
    inherit(key, inheritedPolicy);
    return inherited.apply(inheritedPolicy);
  }

  /**
   * A list: the pack's own, shown as the given texts, else the inherited one.
   *
   * @param <T> the type of the list's values
   * @param <P> the inherited policy's type
   * @param <R> the type the list is built into
   * @param key the setting's key inside the section (documentKinds)
   * @param own the pack's own list, or {@code null}
   * @param shown the list's values as text, for {@code policies explain}
   * @param build builds what the policy holds from the values
   * @param inheritedPolicy the policy of the pack it extends, or {@code null}
   * @param inherited what that policy holds
   * @return what the policy holds
   * @throws InputException if the pack neither sets the list nor extends one that does
   */
  public <T, P, R> R list(String key, ListSetting<T> own, List<String> shown, Function<List<T>, R> build,
      P inheritedPolicy, Function<P, R> inherited) {
    if (own != null) {
      settings.add(new Setting(name(key), own.rules(), own.citation(), own.isOpen(), shown, null, origin));
      return build.apply(own.values());
    }
    inherit(key, inheritedPolicy);
    return inherited.apply(inheritedPolicy);
  }

  /**
   * A value a document may not have at all: the pack's own, recorded with its clause and shown as {@code shown}
   * gives; else the inherited one; else {@code null}, where the document says nothing of it.
   *
   * @param <T> the value's type
   * @param <R> the type the value is built into
   * @param <P> the inherited policy's type
   * @param key the setting's key inside the section
   * @param own the pack's own value, or {@code null}
   * @param shown the value as text, for {@code policies explain}
   * @param build builds what the policy holds from the value
   * @param inheritedPolicy the policy of the pack it extends, or {@code null}
   * @param inherited what that policy holds
   * @return what the policy holds, or {@code null}
   * @throws InputException if the value is refused when it is built
   */
  public <T, R, P> R optional(String key, ValueSetting<T> own, Function<T, List<String>> shown,
      Function<T, R> build, P inheritedPolicy, Function<P, R> inherited) {
    if (own != null) {
      settings.add(new Setting(name(key), own.rules(), own.citation(), false, shown.apply(own.value()), null,
          origin));
      return build(key, () -> build.apply(own.value()));
    }
    if (inheritedPolicy == null || base == null) {
      return null;
    }
    base.settings().stream().filter(s -> s.name().equals(name(key))).findFirst().ifPresent(settings::add);
    return inherited.apply(inheritedPolicy);
  }

  /**
   * Records a limit a setting holds inside it (a route row's days, a cap), with its bound, so that X-BOUND lists it.
   *
   * @param key where it is in the section (routes.科室负责人-1天以内.to)
   * @param rules the rules that use it
   * @param citation the clause
   * @param value the number, in the setting's unit (days, yuan)
   * @param bound whether the number itself is within the limit
   */
  public void limit(String key, List<String> rules, String citation, java.math.BigDecimal value, Bound bound) {
    bounded(key, rules, citation, value.stripTrailingZeros().toPlainString(), bound);
  }

  /**
   * Records a value with a bound as it is shown ("2/3"), for a value that is no decimal (a share, a count).
   *
   * @param key where it is in the section
   * @param rules the rules that use it
   * @param citation the clause
   * @param shown the value as it is shown
   * @param bound whether the value itself is within the limit
   */
  public void bounded(String key, List<String> rules, String citation, String shown, Bound bound) {
    settings.add(new Setting(name(key), rules, citation, false, List.of(shown), bound, origin));
  }

  /**
   * Builds the policy, turning a refusal into an error at the section.
   *
   * @param <P> the policy's type
   * @param policy builds the policy, possibly refusing a value with {@link InvalidValue}
   * @return the policy
   * @throws InputException if the policy refuses a value, at the section
   */
  public <P> P build(java.util.function.Supplier<P> policy) {
    return build(null, policy);
  }

  /**
   * Builds the policy, turning a refusal into an error at the key whose values it checks.
   *
   * @param <P> the policy's type
   * @param key the key whose values the policy checks, or {@code null} for the section
   * @param policy builds the policy, possibly refusing a value with {@link InvalidValue}
   * @return the policy
   * @throws InputException if the policy refuses a value, at the key
   */
  public <P> P build(String key, java.util.function.Supplier<P> policy) {
    try {
      return policy.get();
    } catch (InvalidValue e) {
      throw new InputException(place(key), e.problem(), e);
    }
  }

  private void inherit(String key, Object inheritedPolicy) {
    if (inheritedPolicy == null || base == null) {
      throw new InputException(place(null), Message.of("pack.missing", name(key)));
    }
    settings.add(base.settings().stream().filter(s -> s.name().equals(name(key))).findFirst()
        .orElseThrow(() -> new InputException(place(null), Message.of("pack.missing", name(key)))));
  }

  private String name(String key) {
    return section + "." + key;
  }
}
