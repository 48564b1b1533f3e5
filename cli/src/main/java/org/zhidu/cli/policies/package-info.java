/** {@code zhidu policies list|show|explain}: the packs, their rules with clauses, and the values in force. */
package org.zhidu.cli.policies;
