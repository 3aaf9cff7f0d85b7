/** One edge of a project's dependency graph: `predecessorId` comes before `successorId`. */
export type DependencyEdge = { predecessorId: string; successorId: string };

/**
 * The cycle that adding `edge` to an acyclic graph would close, as task ids from the new
 * predecessor round to itself (`[a, b, …, a]`), or null when the graph stays acyclic.
 *
 * Adding `p → s` closes a cycle exactly when `p` is reachable from `s` (or `p` is `s`), so a
 * breadth-first search from `s` that remembers where it came from gives both the answer and
 * the shortest path to show.
 */
export function cycleThrough(edges: readonly DependencyEdge[], edge: DependencyEdge): string[] | null {
  const { predecessorId: from, successorId: to } = edge;
  if (from === to) return [from, from];
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const list = next.get(e.predecessorId);
    if (list) list.push(e.successorId);
    else next.set(e.predecessorId, [e.successorId]);
  }
  const cameFrom = new Map<string, string | null>([[to, null]]);
  const queue = [to];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    if (node === from) {
      const path: string[] = [];
      for (let at: string | null = node; at !== null; at = cameFrom.get(at) ?? null) path.push(at);
      // path runs from `from` back to `to`; the new edge closes it: from → to → … → from.
      return [from, ...path.reverse()];
    }
    for (const successor of next.get(node) ?? []) {
      if (!cameFrom.has(successor)) {
        cameFrom.set(successor, node);
        queue.push(successor);
      }
    }
  }
  return null;
}
