package org.zhidu.core.signoff;

/**
 * A pack's drafting and sign-off rules; each part {@code null} where its document says nothing of it.
 *
 * @param drafting the deadlines of a leader's drafts (D5)
 * @param papers what a meeting's plan and minutes hold (D3, D4)
 */
public record SignoffPolicy(DraftingPolicy drafting, PaperPolicy papers) {}
