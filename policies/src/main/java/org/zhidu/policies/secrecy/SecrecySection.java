package org.zhidu.policies.secrecy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.Bound;
import org.zhidu.core.secrecy.KeptRecord;
import org.zhidu.core.secrecy.Level;
import org.zhidu.core.secrecy.SecrecyPolicy;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ValueSetting;

/**
 * The {@code secrecy} section: each rule of classified material a document gives, with its clause. A rule a pack
 * leaves out is its parent's, else not checked (the check says so once).
 */
public final class SecrecySection extends PackSection<SecrecySection.File, SecrecyPolicy> {

  /**
   * As written.
   *
   * @param carriers S1, {@code true}: a compilation or a medium carries the highest level of what it holds
   * @param copying S2
   * @param destruction S3
   * @param retention S4
   * @param devices S5, {@code true}: a classified computer is never networked nor has wireless devices
   * @param loans S6
   * @param visits S7, {@code true}: a foreign visit is approved before it is received
   */
  public record File(ValueSetting<Boolean> carriers, ValueSetting<CopyingEntry> copying,
      ValueSetting<DestructionEntry> destruction, ValueSetting<RetentionEntry> retention,
      ValueSetting<Boolean> devices, ValueSetting<LoansEntry> loans, ValueSetting<Boolean> visits) {}

  /**
   * {@code { never: [绝密], neverKinds: [密码电报], approvers: { 秘密: [分管保密工作科级干部], 机密: [...] },
   * cipherDepartments: [机要室], mediaApprovers: [主管领导] }}.
   *
   * @param never the levels never copied (绝密)
   * @param neverKinds the kinds of document never copied (密码电报)
   * @param approvers for each level's word, the posts that approve its copies
   * @param cipherDepartments the departments that alone may copy 密码电报
   * @param mediaApprovers the posts that approve copying onto a removable medium
   */
  public record CopyingEntry(List<String> never, List<String> neverKinds, Map<String, List<String>> approvers,
      List<String> cipherDepartments, List<String> mediaApprovers) {}

  /**
   * {@code { sites: [保密工作部门指定的销毁单位] }}: empty when the clause names no site.
   *
   * @param sites the designated sites
   */
  public record DestructionEntry(List<String> sites) {}

  /**
   * {@code { years: 5, kinds: [涉密会议记录表, 外宾来访登记表] }}.
   *
   * @param years how many years the records are kept
   * @param kinds the records kept so
   */
  public record RetentionEntry(Integer years, List<String> kinds) {}

  /**
   * {@code { sameDay: true }}: a loan read where it is lent and returned the same day; else its 应还时间.
   *
   * @param sameDay whether a loan is returned the same day
   */
  public record LoansEntry(Boolean sameDay) {}

  /** The section under the key {@code secrecy}. */
  public SecrecySection() {
    super("secrecy", File.class, SecrecyPolicy.class);
  }

  @Override
  public SecrecyPolicy resolve(File own, SecrecyPolicy inherited, SectionContext context) {
    File f = own == null ? new File(null, null, null, null, null, null, null) : own;
    SecrecyPolicy from = inherited == null ? SecrecyPolicy.NONE : inherited;
    SecrecyPolicy.Clause carriers = clause(context, "carriers", f.carriers(), inherited, from.carriers());
    SecrecyPolicy.Copying copying = context.optional("copying", f.copying(), SecrecySection::shown,
        v -> copying(v, f.copying().citation()), inherited, SecrecyPolicy::copying);
    SecrecyPolicy.Destruction destruction = context.optional("destruction", f.destruction(),
        v -> v.sites() == null ? List.of() : v.sites(),
        v -> new SecrecyPolicy.Destruction(words(v.sites()), f.destruction().citation()),
        inherited, SecrecyPolicy::destruction);
    SecrecyPolicy.Retention retention = context.optional("retention", f.retention(),
        v -> List.of(v.years() + " 年", String.join("、", v.kinds() == null ? List.of() : v.kinds())),
        v -> retention(v, f.retention().citation()), inherited, SecrecyPolicy::retention);
    if (f.retention() != null) {
      // kept N years: the day the years are up is the first day it may go (届满 includes the day)
      context.bounded("retention.years", f.retention().rules(), f.retention().citation(),
          f.retention().value().years() + " 年", Bound.INCLUSIVE);
    }
    SecrecyPolicy.Clause devices = clause(context, "devices", f.devices(), inherited, from.devices());
    SecrecyPolicy.Loans loans = context.optional("loans", f.loans(),
        v -> List.of(Boolean.TRUE.equals(v.sameDay()) ? "当日归还" : "按应还时间"),
        v -> {
          if (v.sameDay() == null) {
            throw new InvalidValue("pack.secrecy_same_day");
          }
          return new SecrecyPolicy.Loans(v.sameDay(), f.loans().citation());
        }, inherited,
        SecrecyPolicy::loans);
    SecrecyPolicy.Clause visits = clause(context, "visits", f.visits(), inherited, from.visits());
    return context.build(() -> new SecrecyPolicy(carriers, copying, destruction, retention, devices, loans, visits));
  }

  private static SecrecyPolicy.Clause clause(SectionContext context, String key, ValueSetting<Boolean> own,
      SecrecyPolicy inherited, SecrecyPolicy.Clause inheritedClause) {
    return context.optional(key, own, v -> List.of(v ? "是" : "否"), v -> {
      if (!v) {
        throw new InvalidValue("pack.secrecy_true_only", key);
      }
      return new SecrecyPolicy.Clause(own.citation());
    }, inherited, p -> inheritedClause);
  }

  private static List<String> shown(CopyingEntry e) {
    List<String> out = new ArrayList<>();
    if (e.never() != null && !e.never().isEmpty()) {
      out.add("不得复制：" + String.join("、", e.never()));
    }
    if (e.neverKinds() != null && !e.neverKinds().isEmpty()) {
      out.add("不得复制：" + String.join("、", e.neverKinds()));
    }
    if (e.approvers() != null) {
      e.approvers().forEach((level, posts) -> out.add(level + "：" + String.join("或", posts)));
    }
    if (e.cipherDepartments() != null && !e.cipherDepartments().isEmpty()) {
      out.add("密码电报：" + String.join("、", e.cipherDepartments()));
    }
    if (e.mediaApprovers() != null && !e.mediaApprovers().isEmpty()) {
      out.add("复制到移动介质：" + String.join("或", e.mediaApprovers()));
    }
    return out;
  }

  private static SecrecyPolicy.Copying copying(CopyingEntry e, String clause) {
    List<Level> never = new ArrayList<>();
    for (String word : e.never() == null ? List.<String>of() : e.never()) {
      never.add(level(word));
    }
    Map<Level, List<String>> approvers = new LinkedHashMap<>();
    if (e.approvers() != null) {
      e.approvers().forEach((word, posts) -> {
        if (posts == null || posts.isEmpty()) {
          throw new InvalidValue("pack.no_values");
        }
        approvers.put(level(word), List.copyOf(posts));
      });
    }
    return new SecrecyPolicy.Copying(never, words(e.neverKinds()), approvers, words(e.cipherDepartments()),
        words(e.mediaApprovers()), clause);
  }

  private static SecrecyPolicy.Retention retention(RetentionEntry e, String clause) {
    if (e.years() == null || e.years() < 1 || e.years() > 100) {
      throw new InvalidValue("pack.secrecy_years", String.valueOf(e.years()));
    }
    if (e.kinds() == null || e.kinds().isEmpty()) {
      throw new InvalidValue("pack.no_values");
    }
    for (String kind : e.kinds()) {
      if (!kind.equals(KeptRecord.MEETINGS) && !kind.equals(KeptRecord.VISITS)) {
        throw new InvalidValue("pack.secrecy_kind", kind, KeptRecord.MEETINGS + "、" + KeptRecord.VISITS);
      }
    }
    return new SecrecyPolicy.Retention(e.years(), e.kinds(), clause);
  }

  /** A list of words, each one written: a blank word would match every cell. */
  private static List<String> words(List<String> words) {
    if (words == null) {
      return List.of();
    }
    for (String w : words) {
      if (w == null || w.isBlank()) {
        throw new InvalidValue("pack.secrecy_blank_word");
      }
    }
    return words;
  }

  private static Level level(String word) {
    Level level = Level.of(word);
    if (level == null || level == Level.NONE) {
      throw new InvalidValue("pack.secrecy_level", word);
    }
    return level;
  }
}
