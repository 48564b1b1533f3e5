package org.zhidu.policies.naming;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.naming.DocumentKind;
import org.zhidu.core.naming.NamingPolicy;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;

/** The {@code naming} section: the lists of the naming rules (N1–N5). */
public final class NamingSection extends PackSection<NamingSection.File, NamingPolicy> {

  /**
   * As written.
   *
   * @param documentKinds the 文种 of N1, each with its other spellings
   * @param draftCategories the 类别 of N3 (the clause's list ends in 等: open)
   */
  public record File(ListSetting<DocumentKindEntry> documentKinds, ListSetting<String> draftCategories) {}

  /**
   * One 文种: its name, other spellings, and whether its number is written with 第 (a 令号).
   *
   * @param name the canonical spelling, such as 通知
   * @param spellings the other accepted spellings (命令 is also written 令), or {@code null}
   * @param ordinalNumber whether its number is written with 第 (a 令号), or {@code null} for no
   */
  public record DocumentKindEntry(String name, List<String> spellings, Boolean ordinalNumber) {
    /**
     * Refuses a kind without its name; keeps an unmodifiable copy of the spellings (absent ones are empty).
     *
     * @param name the canonical spelling, such as 通知
     * @param spellings the other accepted spellings (命令 is also written 令), or {@code null}
     * @param ordinalNumber whether its number is written with 第 (a 令号), or {@code null} for no
     * @throws InvalidValue if {@code name} is blank
     */
    public DocumentKindEntry {
      if (name == null || name.isBlank()) {
        throw new InvalidValue("pack.kind_needs_name");
      }
      spellings = spellings == null ? List.of() : List.copyOf(spellings);
    }
  }

  /** The section under the key {@code naming}. */
  public NamingSection() {
    super("naming", File.class, NamingPolicy.class);
  }

  @Override
  public NamingPolicy resolve(File own, NamingPolicy inherited, SectionContext context) {
    File section = own == null ? new File(null, null) : own;
    List<DocumentKind> kinds = context.list("documentKinds", section.documentKinds(),
        section.documentKinds() == null ? List.of() : shown(section.documentKinds().values()),
        NamingSection::kinds, inherited, NamingPolicy::documentKinds);
    List<String> categories = context.list("draftCategories", section.draftCategories(),
        section.draftCategories() == null ? List.of() : section.draftCategories().values(), List::copyOf,
        inherited, p -> List.copyOf(p.draftCategories()));
    return context.build("documentKinds", () -> new NamingPolicy(kinds, new LinkedHashSet<>(categories)));
  }

  private static List<DocumentKind> kinds(List<DocumentKindEntry> entries) {
    List<DocumentKind> out = new ArrayList<>();
    for (DocumentKindEntry entry : entries) {
      out.add(new DocumentKind(entry.name(), spellings(entry), Boolean.TRUE.equals(entry.ordinalNumber())));
    }
    return out;
  }

  private static List<String> spellings(DocumentKindEntry entry) {
    List<String> spellings = new ArrayList<>();
    spellings.add(entry.name());
    for (String s : entry.spellings()) {
      if (!spellings.contains(s)) {
        spellings.add(s);
      }
    }
    return spellings;
  }

  /** 命令(令) for a kind with another spelling. */
  private static List<String> shown(List<DocumentKindEntry> entries) {
    List<String> shown = new ArrayList<>();
    for (DocumentKindEntry entry : entries) {
      List<String> spellings = spellings(entry);
      shown.add(spellings.size() == 1 ? entry.name()
          : entry.name() + "(" + String.join("/", spellings.subList(1, spellings.size())) + ")");
    }
    return shown;
  }
}
