/** {@code zhidu studio}: members' studios (W1–W3). */
package org.zhidu.cli.studio;
