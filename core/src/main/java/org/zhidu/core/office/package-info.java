/**
 * The office: its sections and people, each person's role, postings over time and absences. Shared by the duty
 * rota (R1–R9: who may be on duty, who leads, who is away) and the inspection scores (I1–I6: which section a
 * person's points count for on a given day).
 */
package org.zhidu.core.office;
