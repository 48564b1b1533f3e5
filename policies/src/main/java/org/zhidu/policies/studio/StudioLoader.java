package org.zhidu.policies.studio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.finding.Message;
import org.zhidu.core.studio.Studio;
import org.zhidu.policies.yaml.StrictYaml;

/**
 * Reads a studio overview: {@code studios:} a list, each with its name, county, what it has, its approval's steps,
 * its assessments, its member's term and its status; a date that is none, an assessment other than 合格/不合格 or a
 * status other than 运行/撤销/终止 is an {@link InputException} at its place.
 */
public final class StudioLoader {

  private StudioLoader() {}

  /**
   * The file as written.
   *
   * @param studios the studios, at least one
   */
  public record File(List<Entry> studios) {
    /**
     * Refuses a file without studios; keeps an unmodifiable copy.
     *
     * @param studios the studios, at least one
     * @throws InvalidValue if {@code studios} is absent or empty
     */
    public File {
      if (studios == null || studios.isEmpty()) {
        throw new InvalidValue("studio.none");
      }
      studios = List.copyOf(studios);
    }
  }

  /**
   * One studio as written.
   *
   * @param name its name
   * @param county the county whose CPPCC runs it, or {@code null} for the city's
   * @param group whether it is a sector's or a group's, or {@code null} for no
   * @param signatures who signed the application, or {@code null}
   * @param has what it has, by requirement list: {@code { 四有: [固定场所, …] }}, or {@code null}
   * @param approval the steps its application went through, in order, or {@code null}
   * @param assessments each year's assessment, 合格 or 不合格, or {@code null}
   * @param termEnds the day its member's term ends, as yyyy-mm-dd, or {@code null}
   * @param status 运行, 撤销 or 终止, or {@code null} for 运行
   * @param signReturned whether the sign has been taken back, or {@code null} for no
   */
  public record Entry(String name, String county, Boolean group, List<String> signatures,
      Map<String, List<String>> has, List<StepEntry> approval, Map<Integer, String> assessments, String termEnds,
      String status, Boolean signReturned) {
    /**
     * Refuses a studio without its name; keeps unmodifiable copies of the lists and maps (absent ones are empty).
     *
     * @param name its name
     * @param county the county whose CPPCC runs it, or {@code null} for the city's
     * @param group whether it is a sector's or a group's, or {@code null} for no
     * @param signatures who signed the application, or {@code null}
     * @param has what it has, by requirement list: {@code { 四有: [固定场所, …] }}, or {@code null}
     * @param approval the steps its application went through, in order, or {@code null}
     * @param assessments each year's assessment, 合格 or 不合格, or {@code null}
     * @param termEnds the day its member's term ends, as yyyy-mm-dd, or {@code null}
     * @param status 运行, 撤销 or 终止, or {@code null} for 运行
     * @param signReturned whether the sign has been taken back, or {@code null} for no
     * @throws InvalidValue if {@code name} is blank
     */
    public Entry {
      if (name == null || name.isBlank()) {
        throw new InvalidValue("pack.entry_needs", "name");
      }
      signatures = signatures == null ? List.of() : List.copyOf(signatures);
      has = has == null ? Map.of() : Map.copyOf(has);
      approval = approval == null ? List.of() : List.copyOf(approval);
      assessments = assessments == null ? Map.of() : Map.copyOf(assessments);
    }
  }

  /**
   * {@code { step: 申请, date: 2019-05-06 }}.
   *
   * @param step the step, as the pack's chain names it
   * @param date the day it was taken, as yyyy-mm-dd, or {@code null}
   */
  public record StepEntry(String step, String date) {
    /**
     * Refuses a step without its name.
     *
     * @param step the step, as the pack's chain names it
     * @param date the day it was taken, as yyyy-mm-dd, or {@code null}
     * @throws InvalidValue if {@code step} is blank
     */
    public StepEntry {
      if (step == null || step.isBlank()) {
        throw new InvalidValue("pack.entry_needs", "step");
      }
    }
  }

  /**
   * The studios an overview file describes.
   *
   * @param source the file's name, for messages
   * @param yaml the file's YAML
   * @return the studios, in the file's order
   * @throws InputException if the YAML cannot be read or a value is refused, at its place
   */
  public static List<Studio> load(String source, String yaml) {
    StrictYaml.Document<File> document = StrictYaml.readDocument(source, yaml, File.class);
    List<Studio> out = new ArrayList<>();
    for (int i = 0; i < document.value().studios().size(); i++) {
      Entry e = document.value().studios().get(i);
      String at = "/studios/" + i;
      Map<String, Set<String>> has = new HashMap<>();
      e.has().forEach((list, items) -> has.put(list, items == null ? Set.of() : new HashSet<>(items)));
      List<Studio.Step> steps = new ArrayList<>();
      for (int j = 0; j < e.approval().size(); j++) {
        StepEntry s = e.approval().get(j);
        steps.add(new Studio.Step(s.step(), date(document, at + "/approval/" + j + "/date", s.date()),
            document.place(at + "/approval/" + j)));
      }
      Map<Integer, Boolean> assessments = new HashMap<>();
      e.assessments().forEach((year, result) -> {
        if (year == null || year < 1949 || year > 2199) {
          throw new InputException(document.place(at + "/assessments/" + year),
              Message.of("studio.bad_year", String.valueOf(year)));
        }
        if (!"合格".equals(result) && !"不合格".equals(result)) {
          throw new InputException(document.place(at + "/assessments/" + year),
              Message.of("studio.bad_assessment", String.valueOf(result)));
        }
        assessments.put(year, "合格".equals(result));
      });
      Studio.Status status = e.status() == null ? Studio.Status.ACTIVE : Studio.Status.parse(e.status().strip());
      if (status == null) {
        throw new InputException(document.place(at + "/status"), Message.of("studio.bad_status", e.status()));
      }
      // the city's own CPPCC written as a county is the city's
      String county = e.county() == null || e.county().strip().equals("市政协") ? "" : e.county().strip();
      out.add(new Studio(e.name(), county, Boolean.TRUE.equals(e.group()), e.signatures(), has, steps,
          assessments, date(document, at + "/termEnds", e.termEnds()), status, Boolean.TRUE.equals(e.signReturned()),
          document.place(at)));
    }
    return out;
  }

  private static LocalDate date(StrictYaml.Document<?> document, String pointer, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(text.strip());
      if (d.getYear() < 1949 || d.getYear() > 2199) {
        throw new DateTimeParseException("out of range", text, 0);
      }
      return d;
    } catch (DateTimeParseException ex) {
      throw new InputException(document.place(pointer), Message.of("studio.bad_date", text));
    }
  }
}
