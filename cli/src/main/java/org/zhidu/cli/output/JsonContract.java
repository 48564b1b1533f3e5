package org.zhidu.cli.output;

import java.util.Locale;

/**
 * Every JSON document zhidu writes, each with its schema in {@code docs/schemas/}. A document names its contract in
 * its first field, {@code schema}, so a script can tell which shape it holds and notice when that shape changes.
 */
public enum JsonContract {
  NAMES_CHECK,
  NAMES_EXPLAIN,
  CALENDAR_SHOW,
  CALENDAR_WORKDAYS,
  CALENDAR_DUE,
  CALENDAR_HOLIDAYS,
  ROTA_GENERATE,
  ROTA_CHECK,
  ROTA_STATS,
  SCORE,
  SCORE_EXPLAIN,
  REGISTERS_CHECK,
  LEAVE_ROUTE,
  LEAVE_CHECK,
  SPEND_ROUTE,
  CLAIMS_CHECK,
  VOTE_TALLY,
  MEETING_CHECK,
  SIGNOFF_CHECK,
  SIGNOFF_DUE,
  SURGE_DRAW,
  STUDIO_CHECK,
  SECRECY_CHECK,
  SECRECY_RETENTION,
  OBLIGATIONS_PLAN,
  OBLIGATIONS_CHECK,
  OBLIGATIONS_EXPLAIN,
  POLICIES_SHOW,
  POLICIES_EXPLAIN;

  /** Where the schemas are published: each document's {@code schema} is this, its {@link #file()} appended. */
  public static final String BASE = "https://zhidu.dev/schemas/";

  /** The schema's file name in {@code docs/schemas/}: {@code names-check.schema.json}. */
  public String file() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".schema.json";
  }

  /** The schema's id, which the document carries in its {@code schema} field. */
  public String id() {
    return BASE + file();
  }
}
