/** The {@code spending} section of a pack: who approves which spending and what a meeting decides (E1–E3). */
package org.zhidu.policies.spending;
