/** The office file (office.yaml): sections, people, postings and absences, read strictly into core's Office. */
package org.zhidu.policies.office;
