/**
 * Drafting and sign-off (D rules): when the drafts for a leader's speech are due and by when each reviewer passes
 * them on (D5).
 */
package org.zhidu.core.signoff;
