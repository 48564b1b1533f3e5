/**
 * The rule model shared by every area of the catalogue: typed rule ids, the problems a rule can report (each area
 * declares its own as an enum), and thresholds with their bounds (X-BOUND).
 */
package org.zhidu.core.rule;
