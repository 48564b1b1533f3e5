/**
 * Leave (L1–L3): the rule ids of the leave area. Who approves a leave is routed by {@link org.zhidu.core.approval}
 * over the route table a pack gives.
 */
package org.zhidu.core.leave;
