/** {@code zhidu calendar show|workdays|due|holidays}: the working calendar (X-WORKDAY) from the command line. */
package org.zhidu.cli.calendar;
