/** {@code zhidu obligations plan|check|explain}: the office's year of recurring duties (P1–P6, M5). */
package org.zhidu.cli.obligation;
