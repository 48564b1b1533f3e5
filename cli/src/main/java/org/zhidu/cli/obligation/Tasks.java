package org.zhidu.cli.obligation;

import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.obligation.TaskPolicy;
import org.zhidu.policies.Pack;

/** The pack's reading of a 督查 register, which {@code --tasks} needs. */
final class Tasks {

  private Tasks() {}

  /** The pack's reading, or a usage error naming the option when the pack keeps no such register. */
  static TaskPolicy policy(Pack pack) {
    TaskPolicy policy = pack.obligations().tasks();
    if (policy == null) {
      throw new InputException(new Location(null, 0, 0, "--tasks"), Message.of("obligations.no_tasks", pack.id()));
    }
    return policy;
  }
}
