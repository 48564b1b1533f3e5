/** The {@code obligations} section of a pack (P1–P6, M5): the recurring duties and their windows, as written. */
package org.zhidu.policies.obligation;
