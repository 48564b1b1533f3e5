/** The {@code votes} section of a pack (M1–M4), and the meeting file a vote tally reads. */
package org.zhidu.policies.vote;
