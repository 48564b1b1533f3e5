/**
 * Members' studios (W1–W3): what a studio must have, the order of its approval, and when it is to be revoked or
 * closed.
 */
package org.zhidu.core.studio;
