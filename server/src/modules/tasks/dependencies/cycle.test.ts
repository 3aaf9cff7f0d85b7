import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleThrough, type DependencyEdge } from './cycle.ts';

/** Kahn's algorithm, independent of the code under test: true when the edges have no cycle. */
function isAcyclic(edges: readonly DependencyEdge[]): boolean {
  const nodes = new Set(edges.flatMap((e) => [e.predecessorId, e.successorId]));
  const incoming = new Map([...nodes].map((n) => [n, 0]));
  for (const e of edges) incoming.set(e.successorId, incoming.get(e.successorId)! + 1);
  const ready = [...nodes].filter((n) => incoming.get(n) === 0);
  let seen = 0;
  while (ready.length) {
    const node = ready.pop()!;
    seen++;
    for (const e of edges) {
      if (e.predecessorId !== node) continue;
      incoming.set(e.successorId, incoming.get(e.successorId)! - 1);
      if (incoming.get(e.successorId) === 0) ready.push(e.successorId);
    }
  }
  return seen === nodes.size;
}

const edge = (p: string, s: string): DependencyEdge => ({ predecessorId: p, successorId: s });

describe('dependency cycle detection', () => {
  it('refuses a self-dependency and names the task', () => {
    expect(cycleThrough([], edge('a', 'a'))).toEqual(['a', 'a']);
  });

  it('finds the path that the new edge would close', () => {
    const edges = [edge('a', 'b'), edge('b', 'c'), edge('c', 'd')];
    expect(cycleThrough(edges, edge('d', 'a'))).toEqual(['d', 'a', 'b', 'c', 'd']);
    expect(cycleThrough(edges, edge('c', 'b'))).toEqual(['c', 'b', 'c']);
    expect(cycleThrough(edges, edge('a', 'd'))).toBeNull();
    expect(cycleThrough(edges, edge('x', 'a'))).toBeNull();
  });

  it('accepts an edge iff the graph stays acyclic, and every refusal shows a real cycle (property)', () => {
    const node = fc.integer({ min: 0, max: 9 }).map((n) => `t${n}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(node, node), { maxLength: 60 }), (candidates) => {
        const accepted: DependencyEdge[] = [];
        for (const [p, s] of candidates) {
          const candidate = edge(p, s);
          const cycle = cycleThrough(accepted, candidate);
          const staysAcyclic = isAcyclic([...accepted, candidate]);
          expect(cycle === null).toBe(staysAcyclic);
          if (cycle) {
            expect(cycle[0]).toBe(p);
            expect(cycle[cycle.length - 1]).toBe(p);
            expect(cycle[1]).toBe(s);
            const all = [...accepted, candidate];
            for (let i = 0; i + 1 < cycle.length; i++) {
              expect(all.some((e) => e.predecessorId === cycle[i] && e.successorId === cycle[i + 1])).toBe(true);
            }
          } else {
            accepted.push(candidate);
          }
          expect(isAcyclic(accepted)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
