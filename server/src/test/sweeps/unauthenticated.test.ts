import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '#platform/ids/ids.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildOrg } from '#test/factories/accounts.ts';
import {
  fillPath,
  NON_ID_PARAMS,
  PUBLIC_OPERATIONS,
  requestFor,
  type SweepOperation,
  sweepOperations,
} from './operations.ts';
import { parseProblem } from './problem.ts';

/** Cases that do not answer 401 yet, each with the bug it stands for; the sweep tolerates only these. */
const KNOWN_ISSUES: { operationId: string; credentials: string; reason: string }[] = [];

let t: TestApp;
let ops: SweepOperation[];
let realIds: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  ops = sweepOperations(t.app);
  // Real ids, so that a route that forgot its guard would find something to answer with.
  const org = await buildOrg(t.app);
  const team = await org.owner.post('/api/v1/teams', { name: '华东一组' });
  realIds = { id: team.body.id, userId: org.owner.userId! };
});
afterAll(async () => t.close());

/** The real ids where there are some, an unknown UUID for any other id parameter. */
function pathIds(op: SweepOperation): Record<string, string> {
  const ids = op.pathParams.filter((p) => !(p.name in NON_ID_PARAMS)).map((p) => [p.name, realIds[p.name] ?? newId()]);
  return Object.fromEntries(ids);
}

const CREDENTIALS: Record<string, Record<string, string>> = {
  none: {},
  'garbage bearer': { authorization: 'Bearer garbage' },
  'unknown token': { authorization: 'Bearer mrd_pat_0000000000000000000000000000000000000000' },
  'malformed authorization': { authorization: 'Basic dXNlcjpwYXNz' },
  'unknown session cookie': { cookie: 'meridian_session=not-a-session' },
};

describe('unauthenticated sweep', () => {
  it('documents exactly the allow-listed operations as public', () => {
    const documented = ops.filter((op) => op.isPublic).map((op) => op.id);
    expect(documented.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
  });

  it('answers 401 problem+json on every other operation, without or with bad credentials', async () => {
    const guarded = ops.filter((op) => !PUBLIC_OPERATIONS.includes(op.id));
    const failures: string[] = [];
    let checked = 0;
    for (const op of guarded) {
      const url = fillPath(op.path, pathIds(op));
      for (const [credentials, headers] of Object.entries(CREDENTIALS)) {
        if (KNOWN_ISSUES.some((k) => k.operationId === op.id && k.credentials === credentials)) continue;
        const response = await t.app.inject(requestFor(op, url, headers));
        checked++;
        const problem = parseProblem(response.body);
        const type = String(response.headers['content-type']);
        if (
          response.statusCode !== 401 ||
          !type.startsWith('application/problem+json') ||
          problem?.code !== 'unauthenticated'
        ) {
          failures.push(
            `${op.id} (${op.method} ${op.path}) with ${credentials}: ${response.statusCode} ${type} ${response.body.slice(0, 200)}`,
          );
        }
      }
    }
    console.log(
      `unauthenticated sweep: ${guarded.length} guarded operations × ${Object.keys(CREDENTIALS).length} credential cases = ${checked} requests, ${checked - failures.length} × 401 (${PUBLIC_OPERATIONS.length} public operations allow-listed)`,
    );
    expect(failures).toEqual([]);
  });

  it('lets the public operations through without credentials (they never answer 401 unauthenticated)', async () => {
    for (const op of ops.filter((o) => PUBLIC_OPERATIONS.includes(o.id))) {
      const response = await t.app.inject(requestFor(op, fillPath(op.path, pathIds(op))));
      expect(parseProblem(response.body)?.code, op.id).not.toBe('unauthenticated');
      expect(response.statusCode, op.id).toBeLessThan(500);
    }
  });
});
