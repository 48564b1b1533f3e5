/** Register schemas in YAML: the built-in G1–G13 and an office's own, read strictly. */
package org.zhidu.policies.register;
