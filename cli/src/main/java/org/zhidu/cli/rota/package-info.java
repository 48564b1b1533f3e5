/** {@code zhidu rota}: the duty rota (R1–R9) — generate, check and count, and the files it reads and writes. */
package org.zhidu.cli.rota;
