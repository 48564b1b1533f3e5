/**
 * Surge work (U1): who is drawn when the office starts its plan for sudden work, keeping one person at the post of
 * each coordinating section in working hours, leaving alone those already on heavy work, and drawing those on duty
 * or in residence first after hours.
 */
package org.zhidu.core.surge;
