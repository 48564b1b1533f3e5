package org.zhidu.policies.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.register.Field;
import org.zhidu.core.register.FieldType;
import org.zhidu.core.register.RegisterChecker;
import org.zhidu.core.register.RegisterReport;
import org.zhidu.core.register.RowRule;
import org.zhidu.core.register.Schema;
import org.zhidu.core.register.TextPart;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;

/**
 * Generated registers of every built-in schema: valid ones have no findings; one injected defect gives exactly that
 * finding, at its line and column.
 */
class RegisterProperties {

  private static final List<Schema> SCHEMAS = PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE).registers();
  private static final String[] WORDS = {"关于", "通知", "报告", "防汛", "会议", "安全生产", "民生工程", "“重点”",
    "项目, 清单", "调研"};
  private static final String[] NAMES = {"张伟", "刘洋", "高峰", "王建国", "李红梅", "欧阳 晓"};
  /** Before every generated date: nothing lent is overdue, so a valid register has no warning either. */
  private static final long AS_OF = 20000101L;

  /** A generated register: its text, and where each data cell begins. */
  record Generated(String text, List<int[]> columns) {}

  @Property(tries = 300)
  void aValidRegisterHasNoFindings(@ForAll @IntRange(min = 0, max = 12) int which, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int rows) {
    Schema schema = SCHEMAS.get(which);
    Generated g = generate(schema, rows, new Random(seed), -1, -1, null);
    RegisterReport report = RegisterChecker.check("r.csv", g.text(), schema, AS_OF, 0);
    assertEquals(List.of(), report.findings(), g.text());
    assertEquals(rows, report.rows());
  }

  @Property(tries = 500)
  void oneDefectGivesExactlyThatFindingAtItsCell(@ForAll @IntRange(min = 0, max = 12) int which,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int rows) {
    Schema schema = SCHEMAS.get(which);
    Random random = new Random(seed);
    int row = random.nextInt(rows);
    List<Integer> candidates = new ArrayList<>();
    for (int f = 0; f < schema.fields().size(); f++) {
      Field field = schema.fields().get(f);
      if (field.required() || field.type() != FieldType.TEXT && field.type() != FieldType.PERSON) {
        candidates.add(f);
      }
    }
    int column = candidates.get(random.nextInt(candidates.size()));
    Field field = schema.fields().get(column);
    String[] defect = defect(field, random);
    Generated g = generate(schema, rows, random, row, column, defect[0]);
    RegisterReport report = RegisterChecker.check("r.csv", g.text(), schema, AS_OF, 0);
    assertEquals(1, report.findings().size(), g.text() + report.findings());
    Finding f = report.findings().get(0);
    assertEquals(defect[1], f.message().key());
    assertEquals(row + 2, f.location().line());
    assertEquals(g.columns().get(row)[column], f.location().column(), g.text());
    assertEquals(field.name(), f.location().field());
  }

  @Property(tries = 200)
  void checkingInPartsGivesWhatOnePassGives(@ForAll @IntRange(min = 0, max = 12) int which, @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int rows) {
    Schema schema = SCHEMAS.get(which);
    Random random = new Random(seed);
    // Some broken rows and a repeated one, so that findings and duplicates fall on both sides of the cut.
    Generated g = generate(schema, rows, random, random.nextInt(rows), random.nextInt(schema.fields().size()), "");
    String text = g.text() + g.text().substring(g.text().indexOf('\n') + 1);
    RegisterReport whole = RegisterChecker.check("r.csv", text, schema, 20260601L, 0);
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = text.indexOf('\n', random.nextInt(text.length() - 1)) + 1;
    int cut = text.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    List<String> header = RegisterChecker.header("r.csv", text);
    RegisterReport parts = RegisterChecker.merge("r.csv", schema, List.of(
        RegisterChecker.checkPart("r.csv", new TextPart(bytes, 0, cut, 1), null, schema, 20260601L, 0),
        RegisterChecker.checkPart("r.csv", new TextPart(bytes, cut, bytes.length, line), header, schema,
            20260601L, 0)), 0);
    assertEquals(whole, parts);
  }

  @Property(tries = 300)
  void aRegisterStreamedInSmallPartsGivesWhatOnePassGives(@ForAll @IntRange(min = 0, max = 12) int which,
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int rows, @ForAll @IntRange(min = 1, max = 300) int block)
      throws java.io.IOException {
    Schema schema = SCHEMAS.get(which);
    Random random = new Random(seed);
    Generated g = generate(schema, rows, random, random.nextInt(rows), random.nextInt(schema.fields().size()), "");
    // every row twice, some three times: duplicates in the same part and across parts
    String body = g.text().substring(g.text().indexOf('\n') + 1);
    String text = g.text() + body + body.substring(0, body.length() / 2);
    text = text.substring(0, text.lastIndexOf('\n') + 1);
    RegisterReport whole = RegisterChecker.merge("r.csv", schema, List.of(RegisterChecker.checkPart("r.csv",
        TextPart.of(text), null, schema, 20260601L, 0)), 0);
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    RegisterChecker.Merger merger = new RegisterChecker.Merger("r.csv", schema, 20260601L, 0, bytes.length);
    List<TextPart> parts = split(bytes, block);
    List<String> header = RegisterChecker.header("r.csv", parts.get(0));
    for (int k = 0; k < parts.size(); k++) {
      merger.absorb(merger.checkPart(parts.get(k), k == 0 ? null : header));
    }
    if (merger.confirming()) {
      for (int k = 0; k < parts.size(); k++) {
        merger.confirm(merger.hashPart(parts.get(k), k == 0 ? null : header));
      }
    }
    assertEquals(whole, merger.report());
  }

  private static List<TextPart> split(byte[] bytes, int block) throws java.io.IOException {
    int[] at = {0};
    org.zhidu.core.register.CsvCuts.Splitter splitter = new org.zhidu.core.register.CsvCuts.Splitter(
        (into, to, most) -> {
          if (at[0] == bytes.length) {
            return -1;
          }
          int n = Math.min(most, bytes.length - at[0]);
          System.arraycopy(bytes, at[0], into, to, n);
          at[0] += n;
          return n;
        }, block);
    List<TextPart> parts = new ArrayList<>();
    for (TextPart p = splitter.next(null); p != null; p = splitter.next(null)) {
      parts.add(p);
    }
    return parts;
  }

  /** A wrong value for the field and the finding it must give. */
  private static String[] defect(Field field, Random random) {
    boolean empty = field.required() && (random.nextBoolean() || field.type() == FieldType.TEXT
        || field.type() == FieldType.PERSON);
    if (empty) {
      return new String[] {"", "register.required"};
    }
    return switch (field.type()) {
      case DATE -> new String[] {"2026-02-30", "register.bad_date"};
      case DATETIME -> new String[] {"2026-03-05 25:00", "register.bad_datetime"};
      case INTEGER -> new String[] {"0", "register.bad_count"};
      case ENUM -> new String[] {"未知", "register.bad_value"};
      default -> throw new IllegalStateException(field.toString());
    };
  }

  private static Generated generate(Schema schema, int rows, Random random, int badRow, int badColumn,
      String badValue) {
    StringBuilder text = new StringBuilder();
    List<String> header = new ArrayList<>();
    for (Field f : schema.fields()) {
      header.add(random.nextInt(4) == 0 && !f.aliases().isEmpty()
          ? f.aliases().get(random.nextInt(f.aliases().size())) : f.name());
    }
    text.append(line(header, null)).append(random.nextBoolean() ? "\r\n" : "\n");
    List<int[]> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r = 0; r < rows; r++) {
      List<String> cells;
      do {
        cells = row(schema, random, r);
      } while (!seen.add(String.join("\u0000", cells)));
      if (r == badRow) {
        cells.set(badColumn, badValue);
      }
      int[] cols = new int[cells.size()];
      text.append(line(cells, cols)).append("\n");
      columns.add(cols);
    }
    return new Generated(text.toString(), columns);
  }

  private static List<String> row(Schema schema, Random random, int r) {
    LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(360));
    List<String> cells = new ArrayList<>();
    Set<String> distinct = new HashSet<>();
    for (Field f : schema.fields()) {
      boolean apart = schema.rules().stream().anyMatch(rule -> rule instanceof RowRule.DifferentPeople p
          && p.people().contains(f.name()));
      boolean isEnd = schema.rules().stream().anyMatch(rule -> rule instanceof RowRule.EndNotBeforeStart e
          && e.end().equals(f.name()) || rule instanceof RowRule.Returned t && t.returned().equals(f.name()));
      LocalDate d = isEnd ? day.plusDays(1 + random.nextInt(5)) : day;
      cells.add(switch (f.type()) {
        case TEXT -> WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)] + r;
        case PERSON -> person(random, apart ? distinct : new HashSet<>());
        case DATE -> date(d, random);
        case DATETIME -> date(d, random) + (random.nextBoolean() ? "" : " " + (8 + random.nextInt(10)) + ":"
            + String.format("%02d", random.nextInt(60)));
        case INTEGER -> Integer.toString(1 + random.nextInt(999));
        case ENUM -> f.values().get(random.nextInt(f.values().size()));
      });
    }
    return cells;
  }

  /** A name, other than those of {@code taken} (the people a row rule keeps apart), which it joins. */
  private static String person(Random random, Set<String> taken) {
    String name;
    do {
      name = NAMES[random.nextInt(NAMES.length)];
    } while (!taken.add(name));
    return name;
  }

  private static String date(LocalDate d, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> d.toString();
      case 1 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
      case 2 -> d.toString().replace('-', '.');
      default -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    };
  }

  /** One CSV line; records in {@code cols} the column where each cell begins. */
  private static String line(List<String> cells, int[] cols) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      if (cols != null) {
        cols[i] = out.length() + 1;
      }
      String c = cells.get(i);
      out.append(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    return out.toString();
  }
}
