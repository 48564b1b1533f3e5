/**
 * Renderers every command shares: findings as text lines, GitHub annotations, SARIF 2.1.0 and JUnit XML, plus
 * JSON writing and the report target (standard output or {@code --output FILE}).
 */
package org.zhidu.cli.output;
