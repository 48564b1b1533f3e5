/** {@code zhidu vote}: a meeting's votes counted by its pack (M1–M4). */
package org.zhidu.cli.vote;
