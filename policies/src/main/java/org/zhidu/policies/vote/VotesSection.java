package org.zhidu.policies.vote;

import java.util.List;
import java.util.function.Function;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.vote.Share;
import org.zhidu.core.vote.VotePolicy;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ThresholdSetting;
import org.zhidu.policies.ValueSetting;

/** The {@code votes} section: who the members are, the quorums, the passing share, standing aside and the notice. */
public final class VotesSection extends PackSection<VotesSection.File, VotePolicy> {

  /**
   * As written; a pack that extends another inherits what it leaves out.
   *
   * @param posts the posts whose holders are the members
   * @param lastSpeaker the post that speaks last
   * @param quorum the share of members present to meet
   * @param cadreKinds the kinds of item with their own quorum, voted person by person
   * @param cadreQuorum their quorum
   * @param pass the share of the members the yes votes must reach
   * @param recusalKinds the kinds of item a member stands aside from when it concerns them or kin
   * @param noticeDays the days ahead the members are told
   * @param divided the share of 缓议 among the votes cast from which an item is of large disagreement
   * @param kinds the kinds of item
   */
  public record File(ListSetting<String> posts, ValueSetting<String> lastSpeaker, ValueSetting<ShareEntry> quorum,
      ListSetting<String> cadreKinds, ValueSetting<ShareEntry> cadreQuorum, ValueSetting<ShareEntry> pass,
      ListSetting<String> recusalKinds, ValueSetting<Integer> noticeDays, ValueSetting<ShareEntry> divided,
      ListSetting<String> kinds) {}

  /**
   * {@code { share: 2/3, bound: inclusive }}.
   *
   * @param share the share, such as {@code 2/3}
   * @param bound {@code inclusive} or {@code exclusive}
   */
  public record ShareEntry(String share, String bound) {
    /**
     * Refuses an entry without its share; the share and bound are read when the policy is built.
     *
     * @param share the share, such as {@code 2/3}
     * @param bound {@code inclusive} or {@code exclusive}
     * @throws InvalidValue if {@code share} is absent
     */
    public ShareEntry {
      if (share == null) {
        throw new InvalidValue("pack.no_value");
      }
    }

    Share toShare() {
      org.zhidu.core.rule.Bound b = ThresholdSetting.parseBound(bound);
      String[] parts = share.split("/");
      if (parts.length == 2 && parts[0].strip().matches("[0-9]{1,3}") && parts[1].strip().matches("[0-9]{1,3}")) {
        int numerator = Integer.parseInt(parts[0].strip());
        int denominator = Integer.parseInt(parts[1].strip());
        if (denominator > 0 && numerator <= denominator) {
          return new Share(numerator, denominator, b);
        }
      }
      throw new InvalidValue("pack.bad_share", share);
    }
  }

  /** The section under the key {@code votes}. */
  public VotesSection() {
    super("votes", File.class, VotePolicy.class);
  }

  @Override
  public VotePolicy resolve(File own, VotePolicy inherited, SectionContext context) {
    File f = own == null ? new File(null, null, null, null, null, null, null, null, null, null) : own;
    List<String> posts = list(context, "posts", f.posts(), inherited, VotePolicy::posts);
    String lastSpeaker = context.optional("lastSpeaker", f.lastSpeaker(), List::of, v -> v, inherited,
        VotePolicy::lastSpeaker);
    Share quorum = share(context, "quorum", f.quorum(), inherited, VotePolicy::quorum);
    List<String> cadreKinds = list(context, "cadreKinds", f.cadreKinds(), inherited, VotePolicy::cadreKinds);
    Share cadreQuorum = share(context, "cadreQuorum", f.cadreQuorum(), inherited, VotePolicy::cadreQuorum);
    Share pass = share(context, "pass", f.pass(), inherited, VotePolicy::pass);
    List<String> recusalKinds = list(context, "recusalKinds", f.recusalKinds(), inherited,
        VotePolicy::recusalKinds);
    int noticeDays = context.value("noticeDays", f.noticeDays(), inherited, VotePolicy::noticeDays);
    if (noticeDays < 0 || noticeDays > 366) {
      context.build("noticeDays", () -> {
        throw new InvalidValue("pack.bad_days_ahead", Integer.toString(noticeDays));
      });
    }
    Share divided = share(context, "divided", f.divided(), inherited, VotePolicy::divided);
    List<String> kinds = list(context, "kinds", f.kinds(), inherited, VotePolicy::kinds);
    return context.build(() -> new VotePolicy(posts, lastSpeaker, quorum, cadreKinds, cadreQuorum, pass,
        recusalKinds, noticeDays, divided, kinds));
  }

  private static List<String> list(SectionContext context, String key, ListSetting<String> own,
      VotePolicy inherited, Function<VotePolicy, List<String>> value) {
    return context.list(key, own, own == null ? List.of() : own.values(), v -> v, inherited, value);
  }

  /** A share, recorded with its bound so that X-BOUND lists it. */
  private static Share share(SectionContext context, String key, ValueSetting<ShareEntry> own, VotePolicy inherited,
      Function<VotePolicy, Share> value) {
    if (own == null) {
      return context.value(key, null, inherited, value);
    }
    Share share = context.build(key, () -> own.value().toShare());
    context.bounded(key, own.rules(), own.citation(), share.numerator() + "/" + share.denominator(), share.bound());
    return share;
  }
}
