package org.zhidu.core.naming;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The lists of the anju-gov-office pack, as core's tests need them without loading a pack. */
final class Policies {

  static final List<String> KINDS =
      List.of("决议", "决定", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要");

  static final List<String> CATEGORIES =
      List.of("讲话", "致辞", "汇报", "主持词", "采访", "信函", "发言", "解说", "方案", "建议意见", "基础资料", "要点提纲");

  static final NamingPolicy ANJU = anju();

  private Policies() {}

  private static NamingPolicy anju() {
    List<DocumentKind> kinds = new ArrayList<>();
    for (String k : KINDS) {
      kinds.add(new DocumentKind(k, List.of(k), false));
    }
    kinds.add(new DocumentKind("命令", List.of("命令", "令"), true));
    return new NamingPolicy(kinds, new LinkedHashSet<>(CATEGORIES));
  }

  static NameReport check(String name) {
    return new NameChecker(ANJU).check(name);
  }
}
