package org.zhidu.cli.output;

/**
 * A rule as SARIF's {@code rules[]} describes it.
 *
 * @param id the catalogue id
 * @param title a short title
 * @param help what is checked
 * @param citation the clause it comes from
 */
public record RuleDescription(String id, String title, String help, String citation) {}
