package org.zhidu.policies;

/**
 * A declared gap of a resolved pack and the pack that declared it.
 *
 * @param entry the gap as the pack declares it
 * @param origin the pack that declared it
 */
public record Gap(GapEntry entry, Origin origin) {}
