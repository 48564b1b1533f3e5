/** {@code zhidu secrecy check} and {@code zhidu secrecy retention}: the registers of classified material (S1–S7). */
package org.zhidu.cli.secrecy;
