/** {@code zhidu surge}: drawing people to sudden work (U1). */
package org.zhidu.cli.surge;
