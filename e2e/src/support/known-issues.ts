// App bugs that the journeys found and that are reported, not yet fixed. A check guarded by one of
// these still runs: while it fails the test is SKIPPED with the issue's name (never silently
// passed); once it passes the test FAILS, asking for the entry to be removed, so that the list
// never outlives the bugs.
import type { TestContext } from 'vitest';

/** Empty today: every app bug the journeys found has been fixed. */
export const KNOWN_ISSUES: Record<string, { area: string; summary: string }> = {};

export type KnownIssueId = string;

/** Runs a check that a known issue makes fail: skip with its name while it fails, fail once it passes. */
export async function checkWithKnownIssue(
  ctx: TestContext,
  id: KnownIssueId,
  check: () => Promise<void>,
): Promise<void> {
  let failure: unknown;
  try {
    await check();
  } catch (error) {
    failure = error;
  }
  if (failure === undefined) {
    throw new Error(`KNOWN_ISSUES['${id}'] no longer reproduces: the app seems fixed, remove the entry`);
  }
  const reason = failure instanceof Error ? failure.message : String(failure);
  console.warn(`[e2e] KNOWN_ISSUE ${id}: ${KNOWN_ISSUES[id]?.summary}\n        check failed with: ${reason}`);
  ctx.skip(`KNOWN_ISSUE ${id}`);
}

/**
 * axe rule violations (serious/critical) reported in web/ and not yet fixed: the rule, the pages and
 * at most how many elements. Fewer is fine; a new rule, page or more elements fails the test.
 */
export const KNOWN_AXE_VIOLATIONS: { rule: string; pages: string[]; maxElements: number; summary: string }[] = [];

export type AxeFinding = { page: string; variant: string; rule: string; targets: string[] };

export function isKnownAxeViolation(finding: AxeFinding): boolean {
  return KNOWN_AXE_VIOLATIONS.some(
    (known) =>
      known.rule === finding.rule && known.pages.includes(finding.page) && finding.targets.length <= known.maxElements,
  );
}

/** Prints what is left of each known violation; fails for one that no longer occurs anywhere. */
export function reportKnownAxeViolations(findings: AxeFinding[]): void {
  for (const known of KNOWN_AXE_VIOLATIONS) {
    const still = findings.filter((f) => f.rule === known.rule && known.pages.includes(f.page));
    if (still.length === 0) {
      throw new Error(`KNOWN_AXE_VIOLATIONS '${known.rule}' no longer occurs: the app seems fixed, remove the entry`);
    }
    const elements = still.reduce((sum, f) => sum + f.targets.length, 0);
    console.warn(
      `[e2e] KNOWN_ISSUE axe ${known.rule}: ${elements} elements in ${still.length} page scans — ${known.summary}`,
    );
  }
}
