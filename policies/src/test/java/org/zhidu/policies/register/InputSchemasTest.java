package org.zhidu.policies.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.register.Field;
import org.zhidu.core.register.FieldType;
import org.zhidu.core.register.Schema;

class InputSchemasTest {

  private static List<String> names(Schema s) {
    return s.fields().stream().map(Field::name).toList();
  }

  private static List<String> required(Schema s) {
    return s.fields().stream().filter(Field::required).map(Field::name).toList();
  }

  @Test
  void theEventsRegister() {
    Schema s = InputSchemas.events();
    assertEquals(List.of("日期", "对象", "事项", "次数", "依据股室", "提交日期", "情节严重", "备注", "交办日期", "办结日期"),
        names(s));
    assertEquals(s.field("交办日期"), s.fieldForHeader("assigned"));
    assertEquals(s.field("办结日期"), s.fieldForHeader("finished"));
    assertEquals(List.of("日期", "对象", "事项"), required(s));
    assertEquals(s.field("依据股室"), s.fieldForHeader("Evidence"));
    assertEquals(FieldType.DATE, s.field("提交日期").type());
  }

  @Test
  void theRotaSheet() {
    Schema s = InputSchemas.rota();
    assertEquals(List.of("日期", "星期", "类型", "值班人员", "带班领导", "通知人", "版本"), names(s));
    assertEquals(List.of("日期", "值班人员"), required(s));
    assertEquals(s.field("通知人"), s.fieldForHeader("notifier"));
    assertEquals(s.field("版本"), s.fieldForHeader("sequence"));
  }

  @Test
  void theSwapLog() {
    Schema s = InputSchemas.swaps();
    assertEquals(List.of("日期", "原值班人员", "顶替人员", "批准人", "批准时间", "报告带班领导", "报综合股备案", "告知信息股"),
        names(s));
    assertEquals(List.of("日期", "原值班人员", "顶替人员"), required(s), "the reporting steps (R7, 七(二)) are optional");
    assertEquals(s.field("告知信息股"), s.fieldForHeader("toldInformationSection"));
    assertEquals(s.field("批准人"), s.fieldForHeader("approvedBy"));
    assertEquals(FieldType.DATETIME, s.field("批准时间").type());
  }
}
