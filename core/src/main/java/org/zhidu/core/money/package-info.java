/**
 * Money (E1–E3): amounts read exactly as offices write them, in figures or capital figures (大写金额), and written
 * back in capital figures.
 */
package org.zhidu.core.money;
