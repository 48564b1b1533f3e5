/**
 * Rule packs: one YAML file per source document holding every number and list the document fixes, each with its
 * citation; loaded strictly and resolved (a user's pack {@code extends} a built-in one) into core's types.
 */
package org.zhidu.policies;
