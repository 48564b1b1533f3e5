package org.zhidu.core.register;

import java.util.List;

/** A check across the cells of one row. */
public sealed interface RowRule {

  /**
   * The fields it reads.
   *
   * @return the fields' names, each one of the schema's
   */
  List<String> fields();

  /**
   * An end is not before its start (归还时间 ≥ 出借时间).
   *
   * @param start the field of the start, such as 出借时间
   * @param end the field of the end, such as 归还时间
   */
  record EndNotBeforeStart(String start, String end) implements RowRule {
    @Override
    public List<String> fields() {
      return List.of(start, end);
    }
  }

  /**
   * Something lent is returned: a row lent on or before the as-of day with no return is reported (G3).
   *
   * @param lent the field of the day lent
   * @param returned the field of the day returned
   */
  record Returned(String lent, String returned) implements RowRule {
    @Override
    public List<String> fields() {
      return List.of(lent, returned);
    }
  }

  /**
   * When a field has a value, other fields are required (销毁 needs 销毁人 and 监销人, G13).
   *
   * @param field the field whose value triggers the rule, such as 处理方式
   * @param equals the value that triggers it, such as 销毁
   * @param required the fields then required, such as 销毁人 and 监销人
   */
  record RequiredWhen(String field, String equals, List<String> required) implements RowRule {
    /**
     * Keeps an unmodifiable copy of the required fields.
     *
     * @param field the field whose value triggers the rule, such as 处理方式
     * @param equals the value that triggers it, such as 销毁
     * @param required the fields then required, such as 销毁人 and 监销人
     * @throws NullPointerException if {@code required} is {@code null}
     */
    public RequiredWhen {
      required = List.copyOf(required);
    }

    @Override
    public List<String> fields() {
      List<String> all = new java.util.ArrayList<>(required);
      all.add(0, field);
      return all;
    }
  }

  /**
   * The fields name different people: a row where two of them, filled, hold the same name is reported (G13: 销毁人
   * and 监销人 sign jointly, so they are two people).
   *
   * @param people the fields, two or more, that name people
   */
  record DifferentPeople(List<String> people) implements RowRule {
    /**
     * Refuses fewer than two fields; keeps an unmodifiable copy.
     *
     * @param people the fields, two or more, that name people
     * @throws IllegalArgumentException if {@code people} has fewer than two fields
     */
    public DifferentPeople {
      people = List.copyOf(people);
      if (people.size() < 2) {
        throw new IllegalArgumentException("differentPeople compares two fields or more: " + people);
      }
    }

    @Override
    public List<String> fields() {
      return people;
    }
  }
}
