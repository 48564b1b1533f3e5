/** The {@code surge} section of a pack (U1). */
package org.zhidu.policies.surge;
