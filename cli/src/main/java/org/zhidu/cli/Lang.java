package org.zhidu.cli;

import java.util.Locale;

/** The language of messages and help: Chinese by default, English on request. */
public enum Lang {
  ZH(Locale.ROOT),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** As users type it (and as help and shell completion list it): lower case. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The locale of the message bundle: the base bundle is Chinese. */
  public Locale locale() {
    return locale;
  }

  /** Reads {@code --lang zh|en} (or {@code --lang=en}) ahead of parsing, so that help is already localised. */
  public static Lang fromArgs(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      } else if (args[i].equals("--")) {
        break;
      }
      if (value != null) {
        return value.equalsIgnoreCase("en") ? EN : ZH;
      }
    }
    return ZH;
  }
}
