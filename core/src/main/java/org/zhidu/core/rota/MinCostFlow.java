package org.zhidu.core.rota;

import java.util.Arrays;

/**
 * Minimum-cost flow by successive shortest paths, one unit at a time, with lexicographic costs.
 *
 * <p>Every arc's cost lives on one of a few levels; a path's cost is the vector of its per-level sums, compared level
 * by level, so a lower level can never buy back a higher one (fairness of totals before holidays before weekdays
 * before who carries the extra ordinary day before the turn order). A convex arc has unlimited capacity and charges
 * {@code 2(base + k) - 1} for its k-th unit, so the flow through it is paid as {@code (base + flow)² - base²}: minimising a sum of squares over the clerks'
 * loads yields the decreasingly minimal loads (Frank and Murota), so no clerk can be relieved without loading one who
 * has as many. Shortest paths are found with a FIFO Bellman–Ford queue, which allows the negative costs of residual
 * arcs; visiting arcs in insertion order makes the result deterministic.
 */
final class MinCostFlow {

  static final int LEVELS = 5;

  private final int nodes;
  private int arcs;
  private boolean ran;
  private int[] head;
  private int[] next = new int[64];
  private int[] to = new int[64];
  private int[] capacity = new int[64];
  private int[] flow = new int[64];
  private byte[] level = new byte[64];
  private long[] cost = new long[64];
  private boolean[] convex = new boolean[64];

  MinCostFlow(int nodes) {
    this.nodes = nodes;
    this.head = new int[nodes];
    Arrays.fill(head, -1);
  }

  /** An arc of the given capacity and unit cost; returns its id. */
  int arc(int from, int target, int cap, int costLevel, long unitCost) {
    int id = add(from, target, cap, costLevel, unitCost, false);
    add(target, from, 0, costLevel, -unitCost, false);
    return id;
  }

  /** An arc of unlimited capacity whose k-th unit costs {@code 2(base + k) - 1}; returns its id. */
  int convexArc(int from, int target, int costLevel, long base) {
    int id = add(from, target, Integer.MAX_VALUE, costLevel, base, true);
    add(target, from, 0, costLevel, base, true);
    return id;
  }

  int flow(int arc) {
    return flow[arc];
  }

  private int add(int from, int target, int cap, int costLevel, long value, boolean isConvex) {
    if (arcs == to.length) {
      int size = arcs * 2;
      next = Arrays.copyOf(next, size);
      to = Arrays.copyOf(to, size);
      capacity = Arrays.copyOf(capacity, size);
      flow = Arrays.copyOf(flow, size);
      level = Arrays.copyOf(level, size);
      cost = Arrays.copyOf(cost, size);
      convex = Arrays.copyOf(convex, size);
    }
    int id = arcs++;
    to[id] = target;
    capacity[id] = cap;
    level[id] = (byte) costLevel;
    cost[id] = value;
    convex[id] = isConvex;
    next[id] = head[from];
    head[from] = id;
    return id;
  }

  /** The cost of sending one more unit over the residual arc, which must have room. */
  private long residualCost(int a) {
    if (!convex[a]) {
      return cost[a];
    }
    boolean forward = (a & 1) == 0;
    int f = flow[forward ? a : a ^ 1];
    // forward: the (f+1)-th unit; backward: returning the f-th unit.
    return forward ? 2 * (cost[a] + f + 1) - 1 : -(2 * (cost[a] + f) - 1);
  }

  private boolean hasRoom(int a) {
    return (a & 1) == 0 ? flow[a] < capacity[a] : flow[a ^ 1] > 0;
  }

  /** Sends up to {@code limit} units from source to sink at least cost; returns how many were sent. */
  int run(int source, int sink, int limit) {
    if (ran) {
      throw new IllegalStateException("a flow network is solved once");
    }
    ran = true;
    // Arcs were prepended to each node's list; reverse them so they are visited in the order they were added.
    for (int v = 0; v < nodes; v++) {
      int prev = -1;
      int a = head[v];
      while (a != -1) {
        int n = next[a];
        next[a] = prev;
        prev = a;
        a = n;
      }
      head[v] = prev;
    }
    dist = new long[LEVELS][nodes];
    reached = new boolean[nodes];
    visited = new boolean[nodes];
    dead = new boolean[nodes];
    candidate = new long[LEVELS];
    int sent = 0;
    // Primal-dual: one shortest-path computation per phase, then as many augmenting paths as the arcs on shortest
    // paths (reduced cost zero) allow. Each such path is a shortest path of the current residual network, so every
    // unit is sent at least cost, as with one path per search, at a fraction of the searches.
    while (sent < limit && shortestPaths(source, sink)) {
      java.util.Arrays.fill(dead, false);
      int before = sent;
      while (sent < limit) {
        java.util.Arrays.fill(visited, false);
        if (!augment(source, sink)) {
          break;
        }
        sent++;
      }
      if (sent == before) {
        throw new IllegalStateException("no augmenting path along shortest paths");
      }
    }
    return sent;
  }

  private long[][] dist;
  private boolean[] reached;
  private boolean[] visited;
  private boolean[] dead;
  private long[] candidate;

  /** Bellman–Ford with a FIFO queue from the source; whether the sink is reachable. */
  private boolean shortestPaths(int source, int sink) {
    java.util.Arrays.fill(reached, false);
    reached[source] = true;
    for (long[] d : dist) {
      d[source] = 0;
    }
    boolean[] queued = new boolean[nodes];
    int[] queue = new int[nodes + 1];
    int qHead = 0;
    int qSize = 1;
    queue[0] = source;
    queued[source] = true;
    while (qSize > 0) {
      int u = queue[qHead];
      qHead = qHead == nodes ? 0 : qHead + 1;
      qSize--;
      queued[u] = false;
      for (int a = head[u]; a != -1; a = next[a]) {
        if (!hasRoom(a)) {
          continue;
        }
        int v = to[a];
        for (int l = 0; l < LEVELS; l++) {
          candidate[l] = dist[l][u];
        }
        candidate[level[a]] += residualCost(a);
        if (!reached[v] || less(candidate, dist, v)) {
          reached[v] = true;
          for (int l = 0; l < LEVELS; l++) {
            dist[l][v] = candidate[l];
          }
          if (!queued[v]) {
            queued[v] = true;
            int tail = qHead + qSize;
            queue[tail > nodes ? tail - nodes - 1 : tail] = v;
            qSize++;
          }
        }
      }
    }
    return reached[sink];
  }

  /** One unit from u to the sink along arcs that lie on shortest paths; whether one was sent. */
  private boolean augment(int u, int sink) {
    if (u == sink) {
      return true;
    }
    visited[u] = true;
    for (int a = head[u]; a != -1; a = next[a]) {
      int v = to[a];
      if (visited[v] || dead[v] || !reached[v] || !hasRoom(a) || !onShortestPath(u, v, a)) {
        continue;
      }
      if (augment(v, sink)) {
        if ((a & 1) == 0) {
          flow[a]++;
        } else {
          flow[a ^ 1]--;
        }
        return true;
      }
    }
    dead[u] = true;
    return false;
  }

  private boolean onShortestPath(int u, int v, int a) {
    int l0 = level[a];
    for (int l = 0; l < LEVELS; l++) {
      long expected = dist[l][u] + (l == l0 ? residualCost(a) : 0);
      if (expected != dist[l][v]) {
        return false;
      }
    }
    return true;
  }

  private static boolean less(long[] candidate, long[][] dist, int v) {
    for (int l = 0; l < LEVELS; l++) {
      if (candidate[l] != dist[l][v]) {
        return candidate[l] < dist[l][v];
      }
    }
    return false;
  }
}
