package org.zhidu.cli.rota;

/** How a rota is written. */
enum RotaFormat {
  TEXT, CSV, JSON, ICS, HTML;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
