/** {@code zhidu score}: internal inspection scores (I1–I6) from an events register. */
package org.zhidu.cli.score;
