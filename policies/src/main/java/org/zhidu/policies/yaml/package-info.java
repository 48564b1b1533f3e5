/**
 * Strict YAML reading for every YAML input of zhidu (packs, office files, calendars, schemas): unknown keys,
 * duplicate keys, wrong types and aliases are errors naming the file, line and column.
 */
package org.zhidu.policies.yaml;
