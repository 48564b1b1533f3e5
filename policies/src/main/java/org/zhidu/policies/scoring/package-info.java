/**
 * The {@code scoring} pack section: the base points, the items with their points and evidence, and the thresholds
 * and year-end numbers of the inspection scores (I1–I6).
 */
package org.zhidu.policies.scoring;
