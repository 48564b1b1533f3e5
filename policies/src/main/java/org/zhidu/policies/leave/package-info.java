/** The {@code leave} pack section: the route table of who approves a leave (L1–L3). */
package org.zhidu.policies.leave;
