/**
 * The holiday data of the working calendar (X-WORKDAY): the State Council's arrangements as tyme4j carries them,
 * our corrections, and a user's calendar file that adds a year or corrects one.
 */
package org.zhidu.policies.calendar;
