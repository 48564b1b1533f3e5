package org.zhidu.policies.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.zhidu.core.register.Schema;

/**
 * The schemas of the CSV inputs the commands read row by row ({@code input-schemas.yaml}, in the registers' format):
 * the events register of the inspection scores, the rota sheet, the swap log, the leave register, the claims register,
 * the sign-off trails and the registers of classified material. Read once, on
 * first use.
 */
public final class InputSchemas {

  private static final String RESOURCE = "input-schemas.yaml";

  private InputSchemas() {}

  /**
   * The events register (I1): 日期, 对象, 事项, 次数, 依据股室, 提交日期, 情节严重, 备注.
   *
   * @return the schema, as the jar's input-schemas.yaml gives it
   */
  public static Schema events() {
    return Loaded.ALL.get(0);
  }

  /**
   * The rota sheet (R1): 日期, 星期, 类型, 值班人员, 带班领导, 通知人.
   *
   * @return the schema
   */
  public static Schema rota() {
    return Loaded.ALL.get(1);
  }

  /**
   * The swap log (R7): 日期, 原值班人员, 顶替人员, 批准人, 批准时间.
   *
   * @return the schema
   */
  public static Schema swaps() {
    return Loaded.ALL.get(2);
  }

  /**
   * The leave register (L1–L3): 人员, 类别, 开始时间 and 结束时间 or 起止时间, 天数, 申请时间, 审批方式, 审批人, 审批时间,
   * 补办时间, 证明, 代岗人, 销假时间.
   *
   * @return the schema
   */
  public static Schema leave() {
    return Loaded.ALL.get(3);
  }

  /**
   * The claims register (E1–E3): 日期, 经办人, 类别, 金额, 附件, 审批人, 审批时间, 报账签字, 出差返回日期, 报销日期, 决策方式,
   * 预算内, 资产登记号, 单价, 人数, 发票号码, 汇报.
   *
   * @return the schema
   */
  public static Schema claims() {
    return Loaded.ALL.get(4);
  }

  /**
   * Who is on heavy or urgent work (U1): 人员, 事由.
   *
   * @return the schema
   */
  public static Schema busy() {
    return Loaded.ALL.get(5);
  }

  /**
   * A register of sign-off trails (D1, D2, D5–D7): 文件, 发文类型, 环节, 姓名, 意见, 时间, 标记, 会议时间; one row a
   * signature.
   *
   * @return the schema
   */
  public static Schema trail() {
    return Loaded.ALL.get(6);
  }

  /**
   * The registers of classified material, carriers first (S1 needs their contents before the others are read): the
   * compilations and media (S1), G13's record of documents received, sent, lent and destroyed (S3, S6), copies (S2),
   * equipment (S5), foreign visits (S7, S4) and classified meetings' records (S4).
   *
   * @return the six schemas, in that order
   */
  public static List<Schema> secrecy() {
    List<Schema> all = Loaded.ALL;
    return List.of(all.get(9), all.get(7), all.get(8), all.get(10), all.get(11), all.get(12));
  }

  /**
   * An activity log checked against a year's plan of obligations (P1–P6, M5): 日期, 事项, 负责, 结束日期, 过夜, 备注.
   *
   * @return the schema
   */
  public static Schema activities() {
    return Loaded.ALL.get(13);
  }

  /**
   * The 督查 register (G14): 事项, 承办单位, 责任人, 完成时限, 办结日期, 立项日期.
   *
   * @return the schema
   */
  public static Schema tasks() {
    return Loaded.ALL.get(14);
  }

  /**
   * All of them, in that order.
   *
   * @return every input schema, in the file's order; unmodifiable
   */
  public static List<Schema> all() {
    return Loaded.ALL;
  }

  /** Loaded when first asked for (a holder class: thread-safe without locks). */
  private static final class Loaded {
    static final List<Schema> ALL = load();

    private static List<Schema> load() {
      try (InputStream in = InputSchemas.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the build");
        }
        return SchemaLoader.listFromYaml(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
