/**
 * Internal inspection scores (内务督查, I1–I6): items and their points, events, the scorer that totals people and
 * sections (a person's points also counting for the section they belonged to on the day, I4), ranks, and the
 * year-end commendations (I6).
 */
package org.zhidu.core.scoring;
