/** The {@code naming} pack section: the 文种 of N1 and the 类别 of N3, each with its clause. */
package org.zhidu.policies.naming;
