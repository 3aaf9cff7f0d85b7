import { drizzle } from 'drizzle-orm/node-postgres';
import { describe, expect, it } from 'vitest';
import type { Executor } from '#db/client.ts';
import * as schema from '#db/schema/index.ts';
import { auditPageQuery } from './queries.ts';

// Builds SQL without a connection, so reviewers see the audit page query change in diffs.
const db = drizzle.mock({ schema }) as unknown as Executor;
const ORG = '0190a6e0-0000-7000-8000-000000000001';

describe('audit page query', () => {
  it('reads one keyset page, newest first, with the actor joined', () => {
    expect(auditPageQuery(db, ORG, {}, { limit: 50, beforeId: null }).toSQL()).toMatchInlineSnapshot(`
      {
        "params": [
          "0190a6e0-0000-7000-8000-000000000001",
          51,
        ],
        "sql": "select "audit_log"."id", "audit_log"."at", "audit_log"."actor_id", "users"."name", "audit_log"."actor_via", "audit_log"."action", "audit_log"."target_type", "audit_log"."target_id", "audit_log"."target_label", "audit_log"."ip", "audit_log"."user_agent", "audit_log"."request_id", "audit_log"."changes" from "audit_log" left join "users" on "users"."id" = "audit_log"."actor_id" where "audit_log"."org_id" = $1 order by "audit_log"."id" desc limit $2",
      }
    `);
  });

  it('adds every filter and the cursor to the same WHERE', () => {
    const filter = {
      actorId: ORG,
      action: 'org.updated',
      targetType: 'org',
      targetId: ORG,
      from: new Date(0),
      to: new Date(1),
    };
    expect(auditPageQuery(db, ORG, filter, { limit: 50, beforeId: ORG }).toSQL().sql).toMatchInlineSnapshot(
      `"select "audit_log"."id", "audit_log"."at", "audit_log"."actor_id", "users"."name", "audit_log"."actor_via", "audit_log"."action", "audit_log"."target_type", "audit_log"."target_id", "audit_log"."target_label", "audit_log"."ip", "audit_log"."user_agent", "audit_log"."request_id", "audit_log"."changes" from "audit_log" left join "users" on "users"."id" = "audit_log"."actor_id" where ("audit_log"."org_id" = $1 and "audit_log"."actor_id" = $2 and "audit_log"."action" = $3 and "audit_log"."target_type" = $4 and "audit_log"."target_id" = $5 and "audit_log"."at" >= $6 and "audit_log"."at" < $7 and "audit_log"."id" < $8) order by "audit_log"."id" desc limit $9"`,
    );
  });
});
