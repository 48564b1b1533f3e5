/**
 * Votes of a meeting (M1–M4): whether it had its quorum, which items passed by the votes of more than half of the
 * members who should attend, who spoke last, who had to stand aside, and whether it was called in time.
 */
package org.zhidu.core.vote;
