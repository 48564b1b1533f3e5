/**
 * The zhidu command line: picocli commands that read files, call core's rules through a pack, and render the
 * results. The only module that touches files, standard input and output, the clock and the environment.
 */
package org.zhidu.cli;
