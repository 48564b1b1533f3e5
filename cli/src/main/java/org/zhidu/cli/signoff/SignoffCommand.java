package org.zhidu.cli.signoff;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu signoff}: drafting and sign-off (文稿审签). */
@Command(name = "signoff", mixinStandardHelpOptions = true)
public final class SignoffCommand extends GroupCommand {}
