/**
 * {@code zhidu names check|fix|undo|explain}: electronic document names (N1–N5) checked from files, folders or
 * standard input, and fixed by journaled, undoable, never-overwriting renames.
 */
package org.zhidu.cli.names;
