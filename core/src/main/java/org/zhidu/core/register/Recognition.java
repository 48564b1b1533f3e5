package org.zhidu.core.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which register a header belongs to. */
public sealed interface Recognition {

  /**
   * Exactly one register has every required column (or the most columns among those that do).
   *
   * @param schema the register the header is
   */
  record Recognised(Schema schema) implements Recognition {}

  /**
   * Several registers fit equally well.
   *
   * @param candidates the registers that fit, in the order given
   */
  record Ambiguous(List<Schema> candidates) implements Recognition {}

  /**
   * None has all its required columns: the closest, each with what it lacks.
   *
   * @param closest up to three registers with some of their columns, fewest missing first; empty when none has any
   */
  record Unknown(List<Candidate> closest) implements Recognition {}

  /**
   * A register and the required columns the header lacks.
   *
   * @param schema the register
   * @param missing the names of the required columns the header lacks, in the schema's order
   */
  record Candidate(Schema schema, List<String> missing) {}

  /**
   * Recognises the register of a header among the schemas.
   *
   * @param header the header's cells
   * @param schemas the registers to choose from, in order
   * @return {@link Recognised}, {@link Ambiguous} or {@link Unknown}
   */
  static Recognition of(List<String> header, List<Schema> schemas) {
    List<Schema> complete = new ArrayList<>();
    List<Integer> matched = new ArrayList<>();
    List<Candidate> partial = new ArrayList<>();
    // each cell made comparable once, then looked up in each schema's index: one pass over the header a schema
    List<String> cells = new ArrayList<>(header.size());
    for (String h : header) {
      cells.add(Schema.normal(h));
    }
    for (Schema schema : schemas) {
      Map<String, Field> index = HeaderNames.index(schema);
      Set<Field> present = new HashSet<>();
      for (String cell : cells) {
        Field f = index.get(cell);
        if (f != null) {
          present.add(f);
        }
      }
      int found = 0;
      List<String> missing = new ArrayList<>();
      for (Field f : schema.fields()) {
        if (present.contains(f)) {
          found++;
        } else if (f.required()) {
          missing.add(f.name());
        }
      }
      if (missing.isEmpty()) {
        complete.add(schema);
        matched.add(found);
      } else if (found > 0) {
        partial.add(new Candidate(schema, missing));
      }
    }
    if (!complete.isEmpty()) {
      int best = matched.stream().max(Integer::compare).orElseThrow();
      List<Schema> top = new ArrayList<>();
      for (int i = 0; i < complete.size(); i++) {
        if (matched.get(i) == best) {
          top.add(complete.get(i));
        }
      }
      return top.size() == 1 ? new Recognised(top.get(0)) : new Ambiguous(top);
    }
    partial.sort(Comparator.comparingInt((Candidate c) -> c.missing().size()));
    return new Unknown(partial.subList(0, Math.min(3, partial.size())));
  }
}
