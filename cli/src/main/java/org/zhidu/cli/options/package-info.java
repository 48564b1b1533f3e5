/**
 * The options every command of an area shares, as picocli mixins: {@code --pack}, {@code --format} of findings,
 * {@code --output/-o}, {@code --fail-on-warning}, {@code --max-errors}, {@code --calendar},
 * {@code --assume-no-holidays}, {@code --office}, and the converters of dates on the command line. Area packages
 * depend on this package, never on each other.
 */
package org.zhidu.cli.options;
