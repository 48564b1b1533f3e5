package org.zhidu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of archive file names like a year's worth of an office's folders: about three in four
 * follow the rules, the rest carry the usual mistakes (brackets, full-width characters, date shapes, missing 号,
 * forbidden characters, missing parts).
 */
public final class NameCorpus {

  private static final String[] CODES = {"遂安府办函", "遂安府办发", "遂安府发", "遂安府函", "遂安府办"};
  private static final String[] KINDS = {"通知", "请示", "报告", "函", "意见", "通报", "批复", "决定"};
  private static final String[] TOPICS = {
    "关于做好年度调研工作的", "关于开展安全生产大检查的", "关于调整区政府领导工作分工的", "关于申请拨付防汛抢险经费的",
    "关于召开全区政务服务工作会议的", "关于印发安居区网格化服务管理办法的", "关于同意安居镇调整集镇规划的"
  };
  private static final String[] HOSTS = {"施瑞昶", "刘德福", "王建国", "李红梅"};
  private static final String[] CATEGORIES = {"讲话", "致辞", "汇报", "主持词", "发言", "方案", "调研报告"};
  private static final String[] USERS = {"施瑞昶区长", "刘德福副区长", "办公室主任", "研究室"};
  private static final String[] EXTENSIONS = {".doc", ".docx", ".pdf", ".wps", ".ofd"};

  private NameCorpus() {}

  public static List<String> names(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(365 * 3));
      String dotted = String.format("%d.%02d.%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
      String ext = EXTENSIONS[random.nextInt(EXTENSIONS.length)];
      String name = switch (random.nextInt(3)) {
        case 0 -> {
          String kind = KINDS[random.nextInt(KINDS.length)];
          yield CODES[random.nextInt(CODES.length)] + "〔" + date.getYear() + "〕" + (1 + random.nextInt(300)) + "号-"
              + kind + "-" + TOPICS[random.nextInt(TOPICS.length)] + kind + "(" + dotted + ")";
        }
        case 1 -> dotted + "-纪要-三届" + (1 + random.nextInt(60)) + "次常务会议-" + HOSTS[random.nextInt(HOSTS.length)]
            + "(" + date.getYear() + "第" + (1 + random.nextInt(40)) + "期)";
        default -> dotted + "-" + CATEGORIES[random.nextInt(CATEGORIES.length)] + "-"
            + USERS[random.nextInt(USERS.length)] + "-全区经济工作会议" + (1 + random.nextInt(5))
            + (random.nextBoolean() ? "(送审)" : "");
      };
      out.add(random.nextInt(4) == 0 ? mistake(name, random) : name + ext);
    }
    return out;
  }

  private static String mistake(String name, SplittableRandom random) {
    return switch (random.nextInt(8)) {
      case 0 -> name.replace("〔", "[").replace("〕", "]") + ".doc";
      case 1 -> name.replace("(", "（").replace(")", "）") + ".doc";
      case 2 -> name.replaceFirst("-", "－") + ".docx";
      case 3 -> name.replaceFirst("^(\\d{4})\\.(\\d{2})\\.(\\d{2})", "$1-$2-$3") + ".doc";
      case 4 -> name.replace("号-", "-") + ".pdf";
      case 5 -> name.replaceFirst("的", "的\"") + ".doc";
      case 6 -> name.replaceFirst("\\([^()]*\\)$", "") + ".doc";
      default -> name.replaceFirst("〕", "〕第0") + ".wps";
    };
  }
}
