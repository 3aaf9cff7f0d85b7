import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '#platform/ids/ids.ts';
import type { JsonSchema } from '#platform/openapi/document.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { fillPath, NON_ID_PARAMS, type SweepOperation, sweepOperations } from './operations.ts';
import { orgChecksum } from './org-checksum.ts';
import { parseProblem } from './problem.ts';
import { type IdKind, idKindOf, type PopulatedOrg, populateOrg } from './tenant-fixtures.ts';

/**
 * RELIABILITY test 1: org A's owner calls every operation that takes an id in its path with
 * org B's real ids (and, where a path has two ids, every mix of A's and B's). Every call must
 * answer 404, and neither organisation's data may change.
 */

/**
 * Cases that do not answer 404 yet, each with the bug it stands for. The sweep tolerates only
 * these, and only while their answer is the same as for an id that exists nowhere (so that
 * it still tells nothing about the other organisation).
 */
const KNOWN_ISSUES: { operationId: string; foreign: string; reason: string }[] = [];

let t: TestApp;
let a: PopulatedOrg;
let b: PopulatedOrg;
let ops: SweepOperation[];
beforeAll(async () => {
  t = await createTestApp();
  a = await populateOrg(t.app, 'A');
  b = await populateOrg(t.app, 'B');
  ops = sweepOperations(t.app);
});
afterAll(async () => t.close());

type Case = { values: Record<string, string>; foreign: string[] };

/** One of A's own ids of a kind; for users the member, not the owner, so that nothing acts on the caller itself. */
const ownId = (kind: IdKind) => (kind === 'user' ? a.ids.user[1]! : a.ids[kind][0]!);

/** Every assignment of path parameters in which at least one holds one of B's ids. */
function casesFor(op: SweepOperation): Case[] {
  let cases: Case[] = [{ values: {}, foreign: [] }];
  for (const { name } of op.pathParams) {
    if (name in NON_ID_PARAMS) continue;
    const kind = idKindOf(op.path, name);
    const own = ownId(kind);
    cases = cases.flatMap((c) => [
      { values: { ...c.values, [name]: own }, foreign: c.foreign },
      ...b.ids[kind].map((id) => ({
        values: { ...c.values, [name]: id },
        foreign: [...c.foreign, `${name}=B.${kind}`],
      })),
    ]);
  }
  return cases.filter((c) => c.foreign.length > 0);
}

const leaked = (text: string, except: string[] = []) =>
  b.secrets.filter((s) => !except.includes(s) && text.includes(s));

function bodyFor(op: SweepOperation, overrides: Record<string, unknown> = {}): unknown {
  if (op.body) return { ...(op.validBody as object), ...overrides };
  return op.method === 'GET' || op.method === 'DELETE' ? undefined : {};
}

describe('tenant isolation sweep', () => {
  it("answers 404 on every operation called with another organisation's ids, and changes nothing", async () => {
    const before = [await orgChecksum(t.database, a.org.id), await orgChecksum(t.database, b.org.id)];
    const withIds = ops.filter((op) => op.pathParams.length > 0);
    const failures: string[] = [];
    let requests = 0;
    let notFound = 0;
    let knownIssues = 0;
    for (const op of withIds) {
      for (const { values, foreign } of casesFor(op)) {
        const label = `${op.id} ${op.method} ${fillPath(op.path, values)} (${foreign.join(', ')})`;
        const response = await a.owner.request(op.method, fillPath(op.path, values), { body: bodyFor(op) });
        requests++;
        if (KNOWN_ISSUES.some((k) => k.operationId === op.id && k.foreign === foreign.join(', '))) {
          const nowhere = Object.fromEntries(
            Object.entries(values).map(([k, v]) => [k, b.secrets.includes(v) ? newId() : v]),
          );
          const control = await a.owner.request(op.method, fillPath(op.path, nowhere), { body: bodyFor(op) });
          const same =
            control.status === response.status &&
            parseProblem(control.text)?.code === parseProblem(response.text)?.code;
          if (!same)
            failures.push(
              `${label}: known issue, but answers ${response.status} where an unknown id answers ${control.status}`,
            );
          knownIssues++;
          continue;
        }
        const problem = parseProblem(response.text);
        if (response.status === 404 && String(response.headers['content-type']).startsWith('application/problem+json'))
          notFound++;
        else failures.push(`${label}: ${response.status} ${response.text.slice(0, 200)}`);
        if (problem?.code === 'route_not_found') failures.push(`${label}: the route itself was not found`);
        const leaks = leaked(response.text, Object.values(values));
        if (leaks.length > 0) failures.push(`${label}: answer contains B's ${leaks.join(', ')}`);
      }
    }
    const after = [await orgChecksum(t.database, a.org.id), await orgChecksum(t.database, b.org.id)];
    const kinds = new Set(withIds.flatMap((op) => op.pathParams.map((p) => idKindOf(op.path, p.name))));
    console.log(
      `tenant sweep: ${withIds.length} operations with ids (${[...kinds].join(', ')}), ${requests} requests with org B's ids, ${notFound}/${requests - knownIssues} × 404 (${((100 * notFound) / Math.max(requests - knownIssues, 1)).toFixed(1)}%${knownIssues ? `; ${knownIssues} KNOWN_ISSUES cases skipped` : ''}), checksums A ${before[0] === after[0] ? 'unchanged' : 'CHANGED'}, B ${before[1] === after[1] ? 'unchanged' : 'CHANGED'}`,
    );
    expect(failures).toEqual([]);
    expect(withIds.length).toBeGreaterThan(10);
    expect(after).toEqual(before);
  });

  it("never lets another organisation's ids in a body or query string reach its data", async () => {
    const before = await orgChecksum(t.database, b.org.id);
    const idKindByField: Record<string, IdKind | 'org'> = {
      teamId: 'team',
      parentId: 'team',
      orgId: 'org',
      userId: 'user',
      actorId: 'user',
      targetId: 'user',
    };
    const isIdField = (name: string, schema: JsonSchema | undefined) =>
      /Id$/.test(name) || schema?.format === 'uuid' || !!schema?.anyOf?.some((s) => s.format === 'uuid');
    const failures: string[] = [];
    const answers: string[] = [];
    let requests = 0;
    for (const op of ops.filter((o) => !o.isPublic)) {
      const path = fillPath(
        op.path,
        Object.fromEntries(op.pathParams.map((p) => [p.name, ownId(idKindOf(op.path, p.name))])),
      );
      const fields = [
        ...Object.entries(op.body?.properties ?? {}).map(([name, schema]) => ({ name, schema, in: 'body' as const })),
        ...op.queryParams.map((p) => ({ name: p.name, schema: p.schema, in: 'query' as const })),
      ].filter((f) => isIdField(f.name, f.schema));
      for (const field of fields) {
        const kind = idKindByField[field.name] ?? 'unknown';
        for (const id of kind === 'org' ? [b.org.id] : b.ids[kind]) {
          const response = await a.owner.request(op.method, path, {
            body: bodyFor(op, field.in === 'body' ? { [field.name]: id } : {}),
            query: field.in === 'query' ? { [field.name]: id } : undefined,
          });
          requests++;
          answers.push(`${op.id}.${field.name}→${response.status}`);
          const label = `${op.id} ${op.method} ${path} with ${field.in} ${field.name}=B.${kind}`;
          if (response.status >= 500) failures.push(`${label}: ${response.status} ${response.text.slice(0, 200)}`);
          const leaks = leaked(response.text, [id]);
          if (leaks.length > 0) failures.push(`${label}: answer contains B's ${leaks.join(', ')}`);
        }
      }
    }
    console.log(
      `tenant sweep: ${requests} requests with org B's ids in bodies and query strings (${[...new Set(answers)].join(' ')}), ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
    expect(await orgChecksum(t.database, b.org.id)).toBe(before);
  });
});
