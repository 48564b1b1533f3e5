package org.zhidu.core.signoff;

/**
 * A pack's drafting and sign-off rules; each part {@code null} where its document says nothing of it.
 *
 * @param drafting the deadlines of a leader's drafts (D5)
 * @param papers what a meeting's plan and minutes hold (D3, D4)
 * @param trails the sign-off chains of its documents and the words of a signature (D1, D2, D6, D7)
 */
public record SignoffPolicy(DraftingPolicy drafting, PaperPolicy papers, TrailPolicy trails) {}
