import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { projects, tasks } from '#db/schema/index.ts';
import { visibleProjectsWhere } from '#modules/projects/policy.ts';
import type { Actor } from '#platform/context/request-context.ts';
import { likePattern } from '#platform/search/search-terms.ts';

type Viewer = Pick<Actor, 'userId' | 'role'>;

export type TaskHitRow = {
  id: string;
  key: string;
  title: string;
  projectId: string;
  inTitle: boolean;
  excerpt: string;
  excerptStart: number;
};

export type ProjectHitRow = {
  id: string;
  key: string;
  name: string;
  excerpt: string;
  keyExact: boolean;
  inName: boolean;
};

const visible = (actor: Viewer) =>
  visibleProjectsWhere(actor, {
    orgId: projects.orgId,
    id: projects.id,
    visibility: projects.visibility,
    deletedAt: projects.deletedAt,
  });

const taskKeySql = sql<string>`${projects.key} || '-' || ${tasks.number}`;

/** A window of the description around the first word, and where it starts (1-based). */
function excerptOf(column: SQL | typeof tasks.description, firstWord: string) {
  const start = sql`greatest(1, strpos(lower(${column}), lower(${firstWord})) - 60)`;
  return { excerpt: sql<string>`substr(${column}, ${start}, 240)`, excerptStart: sql<number>`${start}` };
}

const allWordsIn = (words: string[], text: SQL | typeof tasks.title) =>
  and(...words.map((w) => sql`${text} ilike ${likePattern(w)}`))!;

/** The live task with this key, in a project the actor sees. */
export async function findTaskByKey(
  db: Executor,
  orgId: string,
  actor: Viewer,
  key: { projectKey: string; number: number },
): Promise<TaskHitRow | null> {
  const [row] = await db
    .select({
      id: tasks.id,
      key: taskKeySql,
      title: tasks.title,
      projectId: tasks.projectId,
      inTitle: sql<boolean>`true`,
      excerpt: sql<string>`left(${tasks.description}, 240)`,
      excerptStart: sql<number>`1`,
    })
    .from(tasks)
    .innerJoin(projects, and(eq(projects.orgId, tasks.orgId), eq(projects.id, tasks.projectId)))
    .where(
      and(
        eq(projects.orgId, orgId),
        eq(projects.key, key.projectKey),
        eq(tasks.number, key.number),
        isNull(tasks.deletedAt),
        visible(actor),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** How many matching tasks are ranked at most: the index answers the first ones without a sort. */
export const TASK_CANDIDATES = 300;

/**
 * Live tasks in projects the actor sees whose title or description holds every word: the GIN
 * index on `search_terms` narrows, ILIKE confirms. Up to TASK_CANDIDATES matches are taken
 * unsorted (so a query matching half of 100,000 tasks costs no more than a rare one), then
 * ranked: title matches first, then the most recently updated.
 */
export async function searchTasks(
  db: Executor,
  orgId: string,
  actor: Viewer,
  query: { terms: string[]; words: string[]; limit: number },
): Promise<TaskHitRow[]> {
  const text = sql`(${tasks.title} || ' ' || ${tasks.description})`;
  const { excerpt, excerptStart } = excerptOf(tasks.description, query.words[0]!);
  const candidates = db
    .select({
      id: tasks.id,
      key: taskKeySql.as('key'),
      title: tasks.title,
      projectId: tasks.projectId,
      updatedAt: tasks.updatedAt,
      inTitle: sql<boolean>`${allWordsIn(query.words, tasks.title)}`.as('in_title'),
      excerpt: excerpt.as('excerpt'),
      excerptStart: excerptStart.as('excerpt_start'),
    })
    .from(tasks)
    .innerJoin(projects, and(eq(projects.orgId, tasks.orgId), eq(projects.id, tasks.projectId)))
    .where(
      and(
        eq(tasks.orgId, orgId),
        sql`${tasks.searchTerms} @> ${sql.param(query.terms)}::text[]`,
        isNull(tasks.deletedAt),
        allWordsIn(query.words, text),
        visible(actor),
      ),
    )
    .limit(TASK_CANDIDATES)
    .as('candidates');
  return db
    .select({
      id: candidates.id,
      key: candidates.key,
      title: candidates.title,
      projectId: candidates.projectId,
      inTitle: candidates.inTitle,
      excerpt: candidates.excerpt,
      excerptStart: candidates.excerptStart,
    })
    .from(candidates)
    .orderBy(desc(candidates.inTitle), desc(candidates.updatedAt), asc(candidates.id))
    .limit(query.limit);
}

/** Projects the actor sees by exact key, or with every word in their name, key or description. */
export async function searchProjects(
  db: Executor,
  orgId: string,
  actor: Viewer,
  query: { q: string; words: string[]; limit: number },
): Promise<ProjectHitRow[]> {
  const keyExact = sql`${projects.key} = upper(${query.q.trim()})`;
  const inName = allWordsIn(query.words, sql`(${projects.name} || ' ' || ${projects.key})`);
  const anywhere = allWordsIn(
    query.words,
    sql`(${projects.name} || ' ' || ${projects.key} || ' ' || ${projects.description})`,
  );
  return db
    .select({
      id: projects.id,
      key: projects.key,
      name: projects.name,
      excerpt: sql<string>`left(${projects.description}, 400)`,
      keyExact: sql<boolean>`${keyExact}`,
      inName: sql<boolean>`${inName}`,
    })
    .from(projects)
    .where(and(eq(projects.orgId, orgId), visible(actor), sql`(${keyExact} or ${anywhere})`))
    .orderBy(desc(sql`${keyExact}`), desc(sql`${inName}`), asc(projects.name), asc(projects.id))
    .limit(query.limit);
}
