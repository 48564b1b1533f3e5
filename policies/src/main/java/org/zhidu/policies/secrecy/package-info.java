/** The {@code secrecy} section of a pack (S1–S7): how a pack writes its rules for classified material. */
package org.zhidu.policies.secrecy;
