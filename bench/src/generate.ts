/**
 * Fills a synthetic organisation of `scale` members straight through the server's Drizzle schema:
 * an owner, admins, regional directors and group leads, sales staff in a team hierarchy
 * (华东大区 → 上海销售一组 …), some live sessions, and a personal access token for the owner
 * that the load uses. Multi-row INSERTs in one transaction, then ANALYZE.
 */
import type { Database } from '../../server/src/db/client.ts';
import {
  apiTokens,
  memberships,
  organizations,
  sessions,
  teamMembers,
  teams,
  users,
} from '../../server/src/db/schema/index.ts';
import { pickAvatarColor } from '../../server/src/modules/accounts/presenter.ts';
import { hashPassword } from '../../server/src/platform/auth/passwords.ts';
import { TOKEN_PREFIX } from '../../server/src/platform/auth/token-format.ts';
import { hashSecret, newId, newSecret } from '../../server/src/platform/ids/ids.ts';
import { generateWork, type WorkFixtures } from './generate-work.ts';
import { chineseNumber, GIVEN, REGIONS, SURNAMES, TITLES, USER_AGENTS } from './names.ts';
import { rawClient } from './sql.ts';

export type WriteTarget = { userId: string; name: string; role: 'member' | 'manager' };

/** What the load needs to know about the organisation it runs against. */
export type Fixtures = {
  orgId: string;
  owner: { id: string; name: string; email: string };
  /** A read-write personal access token of the owner, sent as `Authorization: Bearer …`. */
  token: string;
  tokenId: string;
  /** Every member but the owner: targets of the reads. */
  memberIds: string[];
  /** Active members and managers (no leads): targets of the role toggle. */
  writeTargets: WriteTarget[];
  /** Projects and tasks for the work scenarios. */
  work: WorkFixtures;
  counts: {
    members: number;
    teams: number;
    teamMemberships: number;
    sessions: number;
    projects: number;
    tasks: number;
  };
};

type UserRow = typeof users.$inferInsert;
type MembershipRow = typeof memberships.$inferInsert;
type TeamRow = typeof teams.$inferInsert;
type TeamMemberRow = typeof teamMembers.$inferInsert;
type SessionRow = typeof sessions.$inferInsert;

const DAY_MS = 24 * 60 * 60 * 1000;
const CHUNK = 1000;

/** A small seeded generator (mulberry32), so that a scale always gives the same organisation. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function* chunks<T>(rows: T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

export async function generate(
  database: Database,
  options: { scale: number; tasks: number; seed?: number },
): Promise<Fixtures> {
  const random = seededRandom(options.seed ?? 20260101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const now = new Date();
  const daysAgo = (max: number) => new Date(now.getTime() - random() * max * DAY_MS);
  const passwordHash = await hashPassword('bench-password-not-for-sign-in');

  const orgId = newId();
  const userRows: UserRow[] = [];
  const membershipRows: MembershipRow[] = [];
  const teamRows: TeamRow[] = [];
  const teamMemberRows: TeamMemberRow[] = [];
  const sessionRows: SessionRow[] = [];
  const writeTargets: WriteTarget[] = [];

  function addUser(name: string, email: string, role: string, title: string, status = 'active'): string {
    const id = newId();
    const joinedAt = daysAgo(3 * 365);
    userRows.push({
      id,
      email,
      name,
      passwordHash,
      avatarColor: pickAvatarColor(email),
      createdAt: joinedAt,
      updatedAt: joinedAt,
    });
    membershipRows.push({ orgId, userId: id, role, status, title, joinedAt, updatedAt: joinedAt });
    return id;
  }

  function randomPerson(index: number): { name: string; email: string } {
    const [surname, surnamePinyin] = pick(SURNAMES);
    const given = random() < 0.6 ? [pick(GIVEN), pick(GIVEN)] : [pick(GIVEN)];
    const name = surname + given.map(([han]) => han).join('');
    const email = `${surnamePinyin}${given.map(([, pinyin]) => pinyin).join('')}.${index}@bench.meridian.local`;
    return { name, email };
  }

  // Teams: regions, and sales groups per city sized for about 50 people each.
  const cityCount = REGIONS.reduce((sum, region) => sum + region.cities.length, 0);
  const groupsPerCity = Math.max(1, Math.round(options.scale / (cityCount * 50)));
  const regionTeams: string[] = [];
  const groupTeams: string[] = [];
  for (const region of REGIONS) {
    const regionId = newId();
    regionTeams.push(regionId);
    teamRows.push({ orgId, id: regionId, name: region.name, description: `${region.name}的销售`, parentId: null });
    for (const city of region.cities) {
      for (let g = 1; g <= groupsPerCity; g++) {
        const id = newId();
        groupTeams.push(id);
        const name = `${city}销售${chineseNumber(g)}组`;
        teamRows.push({ orgId, id, name, description: `${city}的客户与渠道`, parentId: regionId });
      }
    }
  }

  // People: the owner, a few admins, a director per region and a lead per group, then sales staff.
  const owner = { name: '王芳', email: 'owner@bench.meridian.local' };
  const ownerId = addUser(owner.name, owner.email, 'owner', '销售运营总经理');
  const memberIds: string[] = [];
  const admins = Math.max(1, Math.round(options.scale * 0.005));
  let index = 1;
  const next = () => (index < options.scale ? index++ : null);
  for (let a = 0; a < admins && next() !== null; a++) {
    const person = randomPerson(index);
    memberIds.push(addUser(person.name, person.email, 'admin', '系统管理员'));
  }
  const leads = [
    ...regionTeams.map((id, r) => ({ id, title: `${REGIONS[r]!.name}总监` })),
    ...groupTeams.map((id) => ({ id, title: '销售主管' })),
  ];
  for (const lead of leads) {
    if (next() === null) break;
    const person = randomPerson(index);
    const userId = addUser(person.name, person.email, 'manager', lead.title);
    memberIds.push(userId);
    teamMemberRows.push({ orgId, teamId: lead.id, userId, isLead: true });
  }
  while (next() !== null) {
    const person = randomPerson(index);
    if (random() < 0.03) {
      memberIds.push(addUser(person.name, person.email, 'guest', '市场部观察员'));
      continue;
    }
    const status = random() < 0.02 ? 'deactivated' : 'active';
    const userId = addUser(person.name, person.email, 'member', pick(TITLES), status);
    memberIds.push(userId);
    if (status === 'active') writeTargets.push({ userId, name: person.name, role: 'member' });
    const home = pick(groupTeams);
    teamMemberRows.push({ orgId, teamId: home, userId, isLead: false });
    const second = pick(groupTeams);
    if (random() < 0.1 && second !== home) teamMemberRows.push({ orgId, teamId: second, userId, isLead: false });
  }

  // Sessions: about 40 % of active people signed in during the last fortnight.
  for (const membership of membershipRows) {
    if (membership.status !== 'active' || (membership.userId !== ownerId && random() >= 0.4)) continue;
    const lastSeenAt = daysAgo(14);
    sessionRows.push({
      id: newId(),
      tokenHash: hashSecret(newSecret()),
      userId: membership.userId,
      orgId,
      csrfToken: newSecret(),
      userAgent: pick(USER_AGENTS),
      ip: `10.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}`,
      remember: true,
      createdAt: new Date(lastSeenAt.getTime() - random() * DAY_MS),
      lastSeenAt,
      expiresAt: new Date(lastSeenAt.getTime() + 14 * DAY_MS),
    });
  }

  const token = `${TOKEN_PREFIX}${newSecret()}`;
  const tokenId = newId();

  await database.db.transaction(async (tx) => {
    const foundedAt = new Date(now.getTime() - 4 * 365 * DAY_MS);
    await tx
      .insert(organizations)
      .values({ id: orgId, name: '华夏远航科技 销售中心', createdAt: foundedAt, updatedAt: foundedAt });
    for (const rows of chunks(userRows)) await tx.insert(users).values(rows);
    for (const rows of chunks(membershipRows)) await tx.insert(memberships).values(rows);
    // Regions first: groups refer to them.
    for (const rows of chunks(teamRows.filter((t) => t.parentId === null))) await tx.insert(teams).values(rows);
    for (const rows of chunks(teamRows.filter((t) => t.parentId !== null))) await tx.insert(teams).values(rows);
    for (const rows of chunks(teamMemberRows)) await tx.insert(teamMembers).values(rows);
    for (const rows of chunks(sessionRows)) await tx.insert(sessions).values(rows);
    await tx.insert(apiTokens).values({
      orgId,
      id: tokenId,
      userId: ownerId,
      name: 'bench',
      scope: 'read-write',
      prefix: token.slice(0, 12),
      tokenHash: hashSecret(token),
      createdAt: now,
    });
  });
  // Fresh planner statistics, as autovacuum would have gathered on a live installation.
  await rawClient(database).query('analyze');
  const activeMemberIds = membershipRows.filter((m) => m.status === 'active').map((m) => m.userId);
  const work = await generateWork(database, {
    orgId,
    ownerId,
    memberIds: activeMemberIds,
    totalTasks: options.tasks,
    boardTasks: Math.min(2000, options.tasks),
  });

  return {
    orgId,
    owner: { id: ownerId, ...owner },
    token,
    tokenId,
    memberIds,
    writeTargets,
    work,
    counts: {
      ...work.counts,
      members: membershipRows.length,
      teams: teamRows.length,
      teamMemberships: teamMemberRows.length,
      sessions: sessionRows.length,
    },
  };
}
