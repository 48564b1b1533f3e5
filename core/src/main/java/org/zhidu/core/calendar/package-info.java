/**
 * The Chinese working calendar (catalogue X-WORKDAY): Monday to Friday, less the statutory holidays, plus the
 * make-up working days (调休上班) the State Council announces each year. The holiday data is passed in; a year
 * nobody has announced is reported as such, never taken for a year without holidays.
 */
package org.zhidu.core.calendar;
