/**
 * Findings: what a rule found, where, how bad, and how to fix it. Every area of the catalogue reports through
 * these types, so every command shares one set of renderers (text, JSON, SARIF, JUnit, GitHub annotations).
 */
package org.zhidu.core.finding;
