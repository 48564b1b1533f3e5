package org.zhidu.policies;

import java.util.List;

/** The packs that ship with zhidu, listed explicitly (no classpath scanning). */
public final class BuiltInPacks {

  /** 遂宁市安居区人民政府办公室 17 项制度, 遂安府办发〔2015〕30号. */
  public static final String ANJU_GOV_OFFICE = "anju-gov-office";

  /** 吴江区政协及机关有关工作运行规则, 吴政协办〔2017〕18号. */
  public static final String WUJIANG_CPPCC = "wujiang-cppcc";

  /** 中共XXX委员会办公室 31 项制度汇编. */
  public static final String PARTY_OFFICE = "party-office";

  /** 政协达州市委员会协同互动试行办法, 2009. */
  public static final String DAZHOU_CPPCC = "dazhou-cppcc";

  /** 郴州市政协委员工作室建设实施办法（暂行）, 郴协办发〔2019〕8号. */
  public static final String CHENZHOU_CPPCC = "chenzhou-cppcc";

  /** The pack commands use when none is given. */
  public static final String DEFAULT = ANJU_GOV_OFFICE;

  private static final List<String> IDS = List.of(ANJU_GOV_OFFICE, WUJIANG_CPPCC, DAZHOU_CPPCC, PARTY_OFFICE,
      CHENZHOU_CPPCC);

  private BuiltInPacks() {}

  /**
   * The ids of the built-in packs.
   *
   * @return anju-gov-office, wujiang-cppcc, dazhou-cppcc, party-office and chenzhou-cppcc, unmodifiable
   */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * Whether a pack of that id ships with zhidu.
   *
   * @param id a pack id
   * @return {@code true} for one of {@link #ids()}
   */
  public static boolean exists(String id) {
    return IDS.contains(id);
  }
}
