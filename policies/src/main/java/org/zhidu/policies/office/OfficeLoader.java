package org.zhidu.policies.office;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.office.Absence;
import org.zhidu.core.office.Notice;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;
import org.zhidu.policies.TextInput;
import org.zhidu.policies.yaml.StrictYaml;

/**
 * Reads an office file strictly into core's {@link Office}. Every problem — a YAML one, an unknown role or section,
 * a clerk linked to someone who is not a county-level leader, postings out of order, a date that is none — is an
 * {@link InputException} at the line and column of the entry at fault.
 */
public final class OfficeLoader {

  /**
   * The first day of a posting given as {@code section} without {@code since}: a day no rule counts from (the
   * rotation of posts, P5, leaves such a posting unchecked).
   */
  public static final LocalDate ALWAYS = LocalDate.of(1949, 10, 1);

  private OfficeLoader() {}

  /**
   * Reads an office file, UTF-8 or GB18030 (see {@link TextInput}).
   *
   * @param file the office file (YAML, see the README's "The office file")
   * @return the office, immutable and shareable
   * @throws InputException when the file cannot be read or is wrong, at its line and column
   */
  public static Office load(Path file) {
    return load(file, file.toString());
  }

  /**
   * Reads an office file, named in messages as {@code shownAs}.
   *
   * @param file the office file
   * @param shownAs how locations name the file (the path as the user wrote it)
   * @return the office, immutable and shareable
   * @throws InputException when the file cannot be read or is wrong, at its line and column
   */
  public static Office load(Path file, String shownAs) {
    return load(shownAs, TextInput.read(file, shownAs));
  }

  /**
   * Reads an office file from a stream, UTF-8 or GB18030; the stream is not closed.
   *
   * @param source how locations name the input
   * @param in the file's bytes
   * @return the office, immutable and shareable
   * @throws InputException when the text is wrong, at its line and column
   * @throws java.io.UncheckedIOException when reading the stream fails
   */
  public static Office load(String source, InputStream in) {
    return load(source, TextInput.read(in, source));
  }

  /**
   * The office a file's text describes.
   *
   * @param source how locations name the file
   * @param yaml the file's YAML
   * @return the office, checked
   * @throws InputException if the YAML cannot be read or an entry is wrong, at the entry's line and column
   */
  public static Office load(String source, String yaml) {
    return located(source, yaml).office();
  }

  /**
   * An office file read once into the office and where each of its people is written, for findings about a person
   * (the rotation of posts, P5).
   *
   * @param office the office
   * @param placeOf the place of a person's name in the file; the file's first line for a name it does not hold, or
   *     for {@code null}
   */
  public record Located(Office office, java.util.function.Function<String, Location> placeOf) {}

  /**
   * Reads an office file and notes where each person is written.
   *
   * @param source how locations name the file
   * @param yaml the office file's text
   * @return the office and the places of its people
   * @throws InputException when the file is wrong, at its line and column
   */
  public static Located located(String source, String yaml) {
    // every name, and every name that refers to one, in its composed (NFC) form, as registers write them: a file
    // that writes é as e + U+0301 names the same person as a register that writes é (lines are not changed)
    String composed = Normalizer.isNormalized(yaml, Normalizer.Form.NFC) ? yaml
        : Normalizer.normalize(yaml, Normalizer.Form.NFC);
    StrictYaml.Document<OfficeFile> document = StrictYaml.readDocument(source, composed, OfficeFile.class);
    Office office = office(document);
    Map<String, Location> places = new HashMap<>();
    List<OfficeFile.PersonEntry> entries = document.value().people();
    for (int i = 0; i < entries.size(); i++) {
      places.putIfAbsent(entries.get(i).name(), document.place("/people/" + i + "/name"));
    }
    Location first = new Location(source, 1, 1, null);
    return new Located(office, name -> name == null ? first : places.getOrDefault(name, first));
  }

  private static Office office(StrictYaml.Document<OfficeFile> document) {
    OfficeFile file = document.value();
    List<Section> sections = new ArrayList<>();
    for (OfficeFile.SectionEntry s : file.sections()) {
      sections.add(new Section(s.name(), s.head()));
    }
    List<Person> people = new ArrayList<>();
    Map<String, String> phones = new java.util.LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < file.people().size(); i++) {
      OfficeFile.PersonEntry p = file.people().get(i);
      String at = "/people/" + i;
      String bad = badName(p.name());
      if (bad != null) {
        throw new InputException(document.place(at + "/name"), Message.of("office.bad_name", p.name(), bad));
      }
      String normal = Normalizer.normalize(p.name(), Normalizer.Form.NFC);
      Integer before = seen.putIfAbsent(normal, i);
      if (before != null) {
        throw new InputException(document.place(at + "/name"),
            Message.of("office.duplicate_person", p.name()));
      }
      Role role = p.role() == null ? Role.STAFF : Role.parse(p.role());
      if (role == null) {
        throw new InputException(document.place(at + "/role"), Message.of("office.unknown_role", p.role(), p.name()));
      }
      List<Posting> postings = new ArrayList<>();
      if (p.section() != null) {
        postings.add(new Posting(p.section(),
            p.since() == null ? ALWAYS : date(document, at + "/since", p.since())));
      }
      for (int j = 0; j < p.postings().size(); j++) {
        OfficeFile.PostingEntry e = p.postings().get(j);
        postings.add(new Posting(e.section(), date(document, at + "/postings/" + j + "/from", e.from())));
        if (j > 0 && !postings.get(j).from().isAfter(postings.get(j - 1).from())) {
          throw new InputException(document.place(at + "/postings/" + j + "/from"),
              Message.of("office.postings_order", p.name()));
        }
      }
      List<Absence> absences = new ArrayList<>();
      for (int j = 0; j < p.unavailable().size(); j++) {
        OfficeFile.AbsenceEntry e = p.unavailable().get(j);
        String place = at + "/unavailable/" + j;
        LocalDate from = date(document, place + "/from", e.from());
        LocalDate to = e.to() == null ? from : date(document, place + "/to", e.to());
        if (to.isBefore(from)) {
          throw new InputException(document.place(place + "/to"),
              Message.of("office.absence_order", p.name(), from.toString(), to.toString()));
        }
        absences.add(new Absence(from, to, e.reason() == null ? "" : e.reason()));
      }
      people.add(new Person(p.name(), role, postings, p.linkedLeader(), absences, p.position(), p.reportsTo()));
      if (p.phone() != null) {
        phones.put(p.name(), phone(document, at + "/phone", p.phone()));
      }
    }
    Notice notice = new Notice(file.dutyPhone() == null ? null : phone(document, "/dutyPhone", file.dutyPhone()),
        phones, signer(document, "/preparedBy", file.preparedBy()), signer(document, "/reviewedBy", file.reviewedBy()));
    try {
      return new Office(file.office(), sections, people, file.dutyInCharge(), notice);
    } catch (Office.Invalid e) {
      throw new InputException(document.place(writtenAt(file, e.path())),
          Message.of(e.key(), e.args().toArray(String[]::new)));
    }
  }

  /** The characters a register uses between names (审批人: 李红梅、高峰) and that no person's name holds. */
  private static final String SEPARATORS = "、，,;；/→|";

  /**
   * Why a name cannot be a person's, or {@code null}: spaces around it (" 张三" beside "张三" would be two people), a
   * character registers use between names, a space inside it (a rota's cell "孙 浩" reads as two people, so "Mary
   * Smith" too is refused: write 玛丽·史密斯 or MarySmith), or a character that does not show — a control, a format
   * character such as the zero-width space U+200B, a filler; a name is compared in its NFC form.
   */
  static String badName(String name) {
    if (!name.equals(name.strip())) {
      return "spaces";
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (SEPARATORS.indexOf(c) >= 0) {
        return new String(Character.toChars(c));
      }
      if (invisible(c)) {
        return String.format("U+%04X", c);
      }
      i += Character.charCount(c);
    }
    return null;
  }

  /**
   * A character a reader of the name would not see, or would see as a gap: a space of any width, a line or
   * paragraph separator, a control or format character (U+200B, U+200D, U+2060, U+FEFF, U+00AD, the bidirectional
   * marks), a half of a character (a lone surrogate), and the fillers and joiners Unicode lists as ignorable.
   * Combining marks and variation selectors stay: a name may be written with them (é as e + U+0301).
   */
  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || c == 0x3164 || c == 0xFFA0;
  }

  /** Where in the file an entry of the office was written: a one-posting {@code section:} stands for postings/0. */
  private static String writtenAt(OfficeFile file, String path) {
    String[] parts = path.split("/");
    boolean firstPosting = parts.length == 6 && parts[1].equals("people") && parts[3].equals("postings")
        && parts[4].equals("0");
    if (firstPosting && file.people().get(Integer.parseInt(parts[2])).section() != null) {
      return "/people/" + parts[2] + "/section";
    }
    return path;
  }

  /**
   * A phone as an office writes one: digits (at least three), spaces, + - ( ) / and 转 for an extension
   * (0825-8661234, (0825) 866 1234, 13800000001, 8661234转8001), two numbers separated by 、 or /; anything else is
   * an error at its place, so that a name or a note put in the phone's place is caught.
   */
  private static String phone(StrictYaml.Document<?> document, String pointer, String text) {
    String t = text.strip();
    long digits = t.chars().filter(c -> c >= '0' && c <= '9').count();
    if (digits < 3 || !t.matches("[0-9+\\-()（）/、 转]+")) {
      throw new InputException(document.place(pointer), Message.of("office.bad_phone", text));
    }
    return t;
  }

  /** 制表 or 审核: a name written as a person's is (no spaces, nothing invisible; see {@link #badName}), or none. */
  private static String signer(StrictYaml.Document<?> document, String pointer, String name) {
    if (name == null) {
      return null;
    }
    String bad = name.isEmpty() ? "spaces" : badName(name);
    if (bad != null) {
      throw new InputException(document.place(pointer), Message.of("office.bad_name", name, bad));
    }
    return name;
  }

  private static LocalDate date(StrictYaml.Document<?> document, String pointer, String text) {
    if (text == null) {
      throw new InputException(document.place(pointer), Message.of("office.date_missing"));
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InputException(document.place(pointer), Message.of("office.bad_date", text));
    }
  }
}
