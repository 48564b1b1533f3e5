/** The {@code signoff} section of a pack: the deadlines of drafts (D5). */
package org.zhidu.policies.signoff;
