import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '#db/schema/index.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildOrg, TEST_PASSWORD } from '#test/factories/accounts.ts';
import { AUDITED_OPERATIONS, NEW_PASSWORD, NOT_AUDITED_BY_DESIGN } from './audited-operations.ts';

/** RELIABILITY test 12: every mutating operation records who did what, in the request itself. */
const MUTATING = new Set(['post', 'patch', 'put', 'delete']);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

function mutatingOperations(app: TestApp['app']): string[] {
  const paths = (app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
  return Object.entries(paths)
    .filter(([path]) => path.startsWith('/api/v1/') && !path.startsWith('/api/v1/realtime'))
    .flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => MUTATING.has(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    )
    .sort();
}

describe('audit completeness', () => {
  it('has a row or a stated reason for every mutating operation, and none for a missing one', () => {
    const listed = [...AUDITED_OPERATIONS.map((row) => row.operation), ...Object.keys(NOT_AUDITED_BY_DESIGN)];
    expect(new Set(listed).size, 'an operation is listed twice').toBe(listed.length);
    expect([...listed].sort()).toEqual(mutatingOperations(t.app));
  });

  for (const row of AUDITED_OPERATIONS) {
    it(`${row.operation} records ${row.action}`, async () => {
      const org = await buildOrg(t.app);
      const reply = await row.run({ t, org, owner: org.owner });
      expect(reply.status, reply.text).toBeLessThan(300);
      const requestId = String(reply.headers['x-request-id']);
      const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
      expect(entries.map((entry) => entry.action)).toContain(row.action);
      for (const entry of entries) expect(entry.ip).not.toBe('');
      const text = JSON.stringify(entries);
      for (const secret of [TEST_PASSWORD, NEW_PASSWORD, 'mrd_pat_']) expect(text).not.toContain(secret);
    });
  }
});
