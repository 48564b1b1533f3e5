package org.zhidu.policies;

import java.util.List;

/** The packs that ship with zhidu, listed explicitly (no classpath scanning). */
public final class BuiltInPacks {

  /** 遂宁市安居区人民政府办公室 17 项制度, 遂安府办发〔2015〕30号. */
  public static final String ANJU_GOV_OFFICE = "anju-gov-office";

  /** The pack commands use when none is given. */
  public static final String DEFAULT = ANJU_GOV_OFFICE;

  private static final List<String> IDS = List.of(ANJU_GOV_OFFICE);

  private BuiltInPacks() {}

  public static List<String> ids() {
    return IDS;
  }

  public static boolean exists(String id) {
    return IDS.contains(id);
  }
}
