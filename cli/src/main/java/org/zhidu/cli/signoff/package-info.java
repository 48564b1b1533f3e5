/** {@code zhidu signoff}: drafting and sign-off (D rules): the deadlines of a leader's drafts (D5). */
package org.zhidu.cli.signoff;
