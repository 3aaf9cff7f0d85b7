import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database } from '#db/client.ts';
import { auditLog, memberships, organizations, teamMembers, teams, users } from '#db/schema/index.ts';
import { pickAvatarColor } from '#modules/accounts/presenter.ts';
import { hashPassword } from '#platform/auth/passwords.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { newId } from '#platform/ids/ids.ts';
import { DEMO_ORG, DEMO_OWNER_EMAIL, DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS } from './demo-data.ts';
import { seedDemoProjects } from './demo-projects.ts';

export type DemoSignIn = { email: string; password: string };

/**
 * Creates the demo organisation on first start (and never again): people in a team
 * hierarchy, each change audited as if the owner had made it.
 */
export async function seedDemo(database: Database, clock: Clock, logger: Logger): Promise<DemoSignIn> {
  const signIn = { email: DEMO_OWNER_EMAIL, password: DEMO_PASSWORD };
  const existing = await database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, DEMO_OWNER_EMAIL))
    .limit(1);
  if (existing.length) return signIn;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = clock.now();
  const orgId = newId();
  const userIds = new Map<string, string>();
  await database.db.transaction(async (tx) => {
    await tx.insert(organizations).values({ id: orgId, name: DEMO_ORG.zh, createdAt: now, updatedAt: now });
    for (const person of DEMO_USERS) {
      const id = newId();
      userIds.set(person.email, id);
      await tx.insert(users).values({
        id,
        email: person.email,
        name: person.name,
        passwordHash,
        avatarColor: pickAvatarColor(person.email),
        createdAt: now,
        updatedAt: now,
      });
      await tx
        .insert(memberships)
        .values({ orgId, userId: id, role: person.role, title: person.title, joinedAt: now, updatedAt: now });
    }
    const ownerId = userIds.get(DEMO_OWNER_EMAIL)!;
    const teamIds = new Map<string, string>();
    for (const team of DEMO_TEAMS) {
      const id = newId();
      teamIds.set(team.key, id);
      await tx.insert(teams).values({
        orgId,
        id,
        name: team.name,
        description: team.description,
        parentId: team.parent ? teamIds.get(team.parent)! : null,
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const person of DEMO_USERS) {
      for (const key of person.teams) {
        await tx.insert(teamMembers).values({
          orgId,
          teamId: teamIds.get(key)!,
          userId: userIds.get(person.email)!,
          isLead: (person.lead as readonly string[]).includes(key),
        });
      }
    }
    await tx.insert(auditLog).values({
      orgId,
      id: newId(),
      at: now,
      actorId: ownerId,
      actorVia: 'system',
      action: 'org.created',
      targetType: 'org',
      targetId: orgId,
      targetLabel: DEMO_ORG.zh,
      requestId: 'demo-seed',
      changes: { name: { from: null, to: DEMO_ORG.zh } },
    });
  });
  const owner = DEMO_USERS[0];
  await seedDemoProjects(
    database,
    clock,
    { id: orgId, ownerId: userIds.get(DEMO_OWNER_EMAIL)!, ownerName: owner.name, ownerEmail: owner.email },
    userIds,
  );
  logger.info({ orgId }, 'demo organisation created');
  return signIn;
}
