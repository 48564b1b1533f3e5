package org.zhidu.cli.output;

/** The formats of commands that explain or show rather than check: text for people, JSON for scripts. */
public enum TextOrJson {
  TEXT,
  JSON
}
