/**
 * Approval routing: a route table (rows with conditions on the requester's role, the kind of request and a
 * quantity, every bound stated, X-BOUND) and the pure {@link org.zhidu.core.approval.Router} that gives the chain
 * of approvers for a request, or the gap where the document is silent (X-GAP). Serves the leave area (L1–L3), and
 * later spending and signing authority.
 */
package org.zhidu.core.approval;
