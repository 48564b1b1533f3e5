/**
 * The office's year (P1–P6, M5): every recurring duty a rulebook sets (a study session each month, a briefing by the
 * 25th of a quarter's first month, the 线(组) meeting between the 20th and the 25th) planned on the work calendar, and
 * an activity log checked against the plan.
 */
package org.zhidu.core.obligation;
