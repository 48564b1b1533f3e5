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
 * has as many. The first shortest paths are found with a FIFO Bellman–Ford queue, which allows negative costs; later
 * ones with Dijkstra's search over costs reduced by the previous distances, which finds the same (unique) distances.
 * Visiting arcs in insertion order makes the result deterministic.
 */
final class MinCostFlow {

  static final int LEVELS = 5;

  private static final byte FORWARD = 1;
  private static final byte CONVEX = 2;

  private final int nodes;
  private int arcs;
  private boolean ran;
  private int[] to = new int[64];
  private int[] capacity = new int[64];
  private byte[] level = new byte[64];
  private long[] cost = new long[64];
  private boolean[] convex = new boolean[64];

  // While solving, the arcs are laid out node by node in insertion order (a node's arcs are start[v] until
  // start[v + 1]), each with its pair's flow, so that a search reads them in sequence.
  private int[] start;
  private int[] position;
  private int[] arcTo;
  private int[] arcCapacity;
  private int[] arcFlow;
  private int[] arcReverse;
  private long[] arcCost;
  private byte[] arcLevel;
  private byte[] arcKind;

  MinCostFlow(int nodes) {
    this.nodes = nodes;
  }

  /** An arc of the given capacity and unit cost; returns its id. */
  int arc(int from, int target, int cap, int costLevel, long unitCost) {
    int id = add(target, cap, costLevel, unitCost, false);
    add(from, 0, costLevel, -unitCost, false);
    return id;
  }

  /** An arc of unlimited capacity whose k-th unit costs {@code 2(base + k) - 1}; returns its id. */
  int convexArc(int from, int target, int costLevel, long base) {
    int id = add(target, Integer.MAX_VALUE, costLevel, base, true);
    add(from, 0, costLevel, base, true);
    return id;
  }

  int flow(int arc) {
    return ran ? arcFlow[position[arc]] : 0;
  }

  private int add(int target, int cap, int costLevel, long value, boolean isConvex) {
    if (arcs == to.length) {
      int size = arcs * 2;
      to = Arrays.copyOf(to, size);
      capacity = Arrays.copyOf(capacity, size);
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
    return id;
  }

  /** Lays the arcs out node by node, each node's in the order they were added. */
  private void layOut() {
    start = new int[nodes + 1];
    for (int a = 0; a < arcs; a++) {
      start[to[a ^ 1] + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      start[v + 1] += start[v];
    }
    int[] fill = Arrays.copyOf(start, nodes);
    position = new int[arcs];
    for (int a = 0; a < arcs; a++) {
      position[a] = fill[to[a ^ 1]]++;
    }
    arcTo = new int[arcs];
    arcCapacity = new int[arcs];
    arcFlow = new int[arcs];
    arcReverse = new int[arcs];
    arcCost = new long[arcs];
    arcLevel = new byte[arcs];
    arcKind = new byte[arcs];
    for (int a = 0; a < arcs; a++) {
      int p = position[a];
      arcTo[p] = to[a];
      arcCapacity[p] = capacity[a];
      arcReverse[p] = position[a ^ 1];
      arcCost[p] = cost[a];
      arcLevel[p] = level[a];
      arcKind[p] = (byte) (((a & 1) == 0 ? FORWARD : 0) | (convex[a] ? CONVEX : 0));
    }
  }

  /** The cost of sending one more unit over the residual arc, which must have room. */
  private long residualCost(int p) {
    byte kind = arcKind[p];
    if ((kind & CONVEX) == 0) {
      return arcCost[p];
    }
    int f = arcFlow[p];
    // forward: the (f+1)-th unit; backward: returning the f-th unit.
    return (kind & FORWARD) != 0 ? 2 * (arcCost[p] + f + 1) - 1 : -(2 * (arcCost[p] + f) - 1);
  }

  private boolean hasRoom(int p) {
    return (arcKind[p] & FORWARD) != 0 ? arcFlow[p] < arcCapacity[p] : arcFlow[p] > 0;
  }

  /** Sends up to {@code limit} units from source to sink at least cost; returns how many were sent. */
  int run(int source, int sink, int limit) {
    if (ran) {
      throw new IllegalStateException("a flow network is solved once");
    }
    ran = true;
    layOut();
    dist = new long[LEVELS * nodes];
    reached = new boolean[nodes];
    visited = new boolean[nodes];
    dead = new boolean[nodes];
    candidate = new long[LEVELS];
    int sent = 0;
    // Primal-dual: one shortest-path computation per phase, then as many augmenting paths as the arcs on shortest
    // paths (reduced cost zero) allow. Each such path is a shortest path of the current residual network, so every
    // unit is sent at least cost, as with one path per search, at a fraction of the searches.
    boolean first = true;
    while (sent < limit && (first ? shortestPaths(source, sink) : shortestPathsFromPotentials(source, sink))) {
      first = false;
      Arrays.fill(dead, false);
      int before = sent;
      while (sent < limit) {
        Arrays.fill(visited, false);
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

  /** Each node's distance from the source, level by level ({@code dist[v * LEVELS + l]}), where it is reached. */
  private long[] dist;
  private boolean[] reached;
  private boolean[] visited;
  private boolean[] dead;
  private long[] candidate;

  /** Bellman–Ford with a FIFO queue from the source; whether the sink is reachable. */
  private boolean shortestPaths(int source, int sink) {
    Arrays.fill(reached, false);
    reached[source] = true;
    Arrays.fill(dist, source * LEVELS, source * LEVELS + LEVELS, 0);
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
      int ub = u * LEVELS;
      for (int p = start[u]; p < start[u + 1]; p++) {
        if (!hasRoom(p)) {
          continue;
        }
        int v = arcTo[p];
        System.arraycopy(dist, ub, candidate, 0, LEVELS);
        candidate[arcLevel[p]] += residualCost(p);
        if (!reached[v] || less(candidate, dist, v * LEVELS)) {
          reached[v] = true;
          System.arraycopy(candidate, 0, dist, v * LEVELS, LEVELS);
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

  // Dijkstra's search. The last phase's distances are potentials under which no residual arc costs less than
  // nothing: an augmenting path runs along arcs of reduced cost zero, so the arcs it opens back cost zero too, and a
  // convex arc's next unit only gets dearer. The search stops once every node as near as the sink is settled; the
  // nodes beyond rise by the sink's distance, which keeps every reduced cost from being negative, and are left out
  // of the phase: from them no arc of zero reduced cost leads back to the sink. Shortest distances are unique, so
  // the phase finds the same augmenting paths as with a full Bellman–Ford search.
  private long[] key;
  private int[] heap;
  private int[] heapIndex;
  private boolean[] discovered;

  /** The same distances as {@link #shortestPaths} for the nodes no farther than the sink; whether it is reachable. */
  private boolean shortestPathsFromPotentials(int source, int sink) {
    if (key == null) {
      key = new long[LEVELS * nodes];
      heap = new int[nodes];
      heapIndex = new int[nodes];
      discovered = new boolean[nodes];
    }
    long[] potential = dist;
    boolean[] settled = reached;
    Arrays.fill(settled, false);
    Arrays.fill(discovered, false);
    int size = 0;
    discovered[source] = true;
    Arrays.fill(key, source * LEVELS, source * LEVELS + LEVELS, 0);
    heap[size] = source;
    heapIndex[source] = size++;
    long[] from = candidate;
    while (size > 0) {
      int u = heap[0];
      if (settled[sink] && keyLess(sink, u)) {
        break;
      }
      size = pop(size);
      settled[u] = true;
      int ub = u * LEVELS;
      for (int l = 0; l < LEVELS; l++) {
        from[l] = key[ub + l] + potential[ub + l];
      }
      for (int p = start[u]; p < start[u + 1]; p++) {
        int v = arcTo[p];
        if (settled[v] || !hasRoom(p)) {
          continue;
        }
        int vb = v * LEVELS;
        int costLevel = arcLevel[p];
        long arcCost = residualCost(p);
        if (discovered[v]) {
          // The first level that differs decides whether the arc brings v nearer.
          boolean nearer = false;
          for (int l = 0; l < LEVELS; l++) {
            long reduced = from[l] - potential[vb + l] + (l == costLevel ? arcCost : 0);
            if (reduced != key[vb + l]) {
              nearer = reduced < key[vb + l];
              break;
            }
          }
          if (!nearer) {
            continue;
          }
        } else {
          discovered[v] = true;
          heap[size] = v;
          heapIndex[v] = size++;
        }
        for (int l = 0; l < LEVELS; l++) {
          key[vb + l] = from[l] - potential[vb + l];
        }
        key[vb + costLevel] += arcCost;
        up(heapIndex[v]);
      }
    }
    if (!settled[sink]) {
      return false;
    }
    int sb = sink * LEVELS;
    for (int v = 0; v < nodes; v++) {
      int nearest = settled[v] ? v * LEVELS : sb;
      for (int l = 0; l < LEVELS; l++) {
        potential[v * LEVELS + l] += key[nearest + l];
      }
    }
    return true;
  }

  private boolean keyLess(int u, int v) {
    int ub = u * LEVELS;
    int vb = v * LEVELS;
    for (int l = 0; l < LEVELS; l++) {
      if (key[ub + l] != key[vb + l]) {
        return key[ub + l] < key[vb + l];
      }
    }
    return false;
  }

  private void up(int i) {
    int v = heap[i];
    while (i > 0) {
      int parent = (i - 1) >> 1;
      int p = heap[parent];
      if (!keyLess(v, p)) {
        break;
      }
      heap[i] = p;
      heapIndex[p] = i;
      i = parent;
    }
    heap[i] = v;
    heapIndex[v] = i;
  }

  /** Removes the heap's top; returns the new size. */
  private int pop(int size) {
    size--;
    if (size == 0) {
      return 0;
    }
    int v = heap[size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && keyLess(heap[child + 1], heap[child])) {
        child++;
      }
      if (!keyLess(heap[child], v)) {
        break;
      }
      heap[i] = heap[child];
      heapIndex[heap[i]] = i;
      i = child;
    }
    heap[i] = v;
    heapIndex[v] = i;
    return size;
  }

  /** One unit from u to the sink along arcs that lie on shortest paths; whether one was sent. */
  private boolean augment(int u, int sink) {
    if (u == sink) {
      return true;
    }
    visited[u] = true;
    for (int p = start[u]; p < start[u + 1]; p++) {
      int v = arcTo[p];
      if (visited[v] || dead[v] || !reached[v] || !hasRoom(p) || !onShortestPath(u, v, p)) {
        continue;
      }
      if (augment(v, sink)) {
        int step = (arcKind[p] & FORWARD) != 0 ? 1 : -1;
        arcFlow[p] += step;
        arcFlow[arcReverse[p]] += step;
        return true;
      }
    }
    dead[u] = true;
    return false;
  }

  private boolean onShortestPath(int u, int v, int p) {
    int l0 = arcLevel[p];
    int ub = u * LEVELS;
    int vb = v * LEVELS;
    for (int l = 0; l < LEVELS; l++) {
      long expected = dist[ub + l] + (l == l0 ? residualCost(p) : 0);
      if (expected != dist[vb + l]) {
        return false;
      }
    }
    return true;
  }

  private static boolean less(long[] candidate, long[] dist, int vb) {
    for (int l = 0; l < LEVELS; l++) {
      if (candidate[l] != dist[vb + l]) {
        return candidate[l] < dist[vb + l];
      }
    }
    return false;
  }
}
