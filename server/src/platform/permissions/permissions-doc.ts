import { ORG_ROLES } from '@meridian/contracts';
import { can, ORG_ACTIONS, type OrgAction } from './org-actions.ts';

/** docs/permissions.md, made from the same table the policies and the matrix tests use. */
export function renderPermissionsDoc(): string {
  const header = `| action | ${ORG_ROLES.join(' | ')} |\n| --- | ${ORG_ROLES.map(() => ':---:').join(' | ')} |`;
  const rows = (Object.keys(ORG_ACTIONS) as OrgAction[]).map(
    (action) => `| \`${action}\` | ${ORG_ROLES.map((role) => (can(role, action) ? '✓' : '—')).join(' | ')} |`,
  );
  return [
    '# Permissions',
    '',
    'Generated from `server/src/platform/permissions/org-actions.ts` by `npm run docs -w server`; a test fails when it is stale.',
    '',
    '## Organisation roles × actions',
    '',
    header,
    ...rows,
    '',
    '## Rules beyond the table',
    '',
    '- Another organisation’s ids answer 404 on every route; a visible record the role may not change answers 403.',
    '- Only an owner may invite an owner, change an owner’s role, deactivate an owner, or make someone an owner.',
    '- Nobody changes their own role or deactivates themselves; an organisation always keeps one active owner.',
    '- Personal access tokens act with their owner’s role; a `read` token may only read; tokens are created from a signed-in session only.',
    '- Deactivating a member ends their sessions in the organisation and revokes their tokens at once.',
    '',
  ].join('\n');
}
