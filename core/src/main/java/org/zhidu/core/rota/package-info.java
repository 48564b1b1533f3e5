/**
 * The duty rota (值班工作制度, catalogue R1–R9): the clerks on 24-hour duty and the leaders who lead it, planned
 * deterministically and fairly (leaders first, then a minimum-cost flow that evens out the clerks' days and
 * weekdays, then exchanges that remove back-to-back duties), who notifies each day's duty person (R6), the checker of
 * a rota made or edited by hand, swaps and who is responsible after them (R7), and the counts behind the duty
 * allowance (R9).
 */
package org.zhidu.core.rota;
