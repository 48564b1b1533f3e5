/** The {@code studios} section of a pack (W1–W3), and the studio overview file. */
package org.zhidu.policies.studio;
