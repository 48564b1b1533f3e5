/**
 * Route tables as a pack writes them (rows with roles, kinds, a range whose bounds are stated, the chain, the
 * notices, the rule and the clause), shared by the sections that route a request: leave and spending.
 */
package org.zhidu.policies.approval;
