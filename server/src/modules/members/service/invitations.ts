import type { CreateInvitationBody, Invitation, InvitationPreview, OrgRole } from '@meridian/contracts';
import { invitationMail } from '#modules/accounts/service/mails.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import { type PublicContext, type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { type Page, pageRequest, toPage } from '#platform/http/pagination.ts';
import { hashSecret, newId, newSecret } from '#platform/ids/ids.ts';
import { enqueueMail } from '#platform/mail/mail-job.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { assertCan } from '#platform/permissions/org-actions.ts';
import { assertCanInvite } from '../policy.ts';
import { invitationStatus, toInvitationDto } from '../presenter.ts';
import {
  findInvitation,
  findInvitationByToken,
  findMember,
  insertInvitation,
  listOpenInvitations,
  markInvitation,
  teamExists,
} from '../queries.ts';
import type { MembersDeps } from './deps.ts';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export function acceptUrl(deps: MembersDeps, token: string): string {
  return `${deps.config.publicUrl}/invite?token=${encodeURIComponent(token)}`;
}

/** Invites a colleague by e-mail; the link is also returned so it can be shared on WeChat. */
export async function createInvitation(
  deps: MembersDeps,
  ctx: RequestContext,
  input: CreateInvitationBody,
): Promise<Invitation & { acceptUrl: string }> {
  assertCanInvite(ctx.actor, input.role);
  const email = input.email.trim().toLowerCase();
  return withTx(ctx, async (tx) => {
    const existingUser = await deps.accounts.findUserByEmail(tx.db, email);
    if (existingUser) {
      const member = await findMember(tx.db, tx.orgId, existingUser.id);
      if (member?.status === 'active') {
        throw new AppError('already_member', {
          fields: [fieldError('email', 'taken', 'Already a member of this organisation')],
        });
      }
    }
    if (input.teamId && !(await teamExists(tx.db, tx.orgId, input.teamId))) {
      throw new AppError('validation_failed', { fields: [fieldError('teamId', 'invalid', 'No such team')] });
    }
    const now = deps.clock.now();
    const token = newSecret();
    const id = newId();
    await insertInvitation(tx.db, {
      orgId: tx.orgId,
      id,
      email,
      role: input.role,
      teamId: input.teamId ?? null,
      tokenHash: hashSecret(token),
      invitedBy: tx.actor.userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
    });
    const org = await deps.accounts.getOrg(tx);
    const link = acceptUrl(deps, token);
    await enqueueMail(tx.db, invitationMail(tx.locale, email, tx.actor.name, org.name, link), tx.orgId);
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'invitation.created',
        targetType: 'invitation',
        targetId: id,
        targetLabel: email,
        changes: { email: { from: null, to: email }, role: { from: null, to: input.role } },
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'invitation.created',
      payload: { invitationId: id, email },
      audience: { minRole: 'admin' },
    });
    const row = (await findInvitation(tx.db, tx.orgId, id))!;
    return { ...toInvitationDto(row, now), acceptUrl: link };
  });
}

export async function listInvitations(
  deps: MembersDeps,
  ctx: RequestContext,
  query: { limit?: number; cursor?: string },
): Promise<Page<Invitation>> {
  assertCan(ctx.actor.role, 'members.invite');
  const page = pageRequest(query, ['uuid']);
  const rows = await listOpenInvitations(ctx.db, ctx.orgId, page);
  const now = deps.clock.now();
  return toPage(
    rows,
    page.limit,
    (row) => [row.id],
    (row) => toInvitationDto(row, now),
  );
}

export async function revokeInvitation(deps: MembersDeps, ctx: RequestContext, id: string): Promise<void> {
  assertCan(ctx.actor.role, 'members.invite');
  await withTx(ctx, async (tx) => {
    const row = await findInvitation(tx.db, tx.orgId, id);
    if (!row) throw new AppError('not_found', { detail: 'No such invitation' });
    if (row.acceptedAt || row.revokedAt) return;
    const now = deps.clock.now();
    await markInvitation(tx.db, tx.orgId, id, { revokedAt: now });
    await recordAudit(
      tx.db,
      tx,
      { action: 'invitation.revoked', targetType: 'invitation', targetId: id, targetLabel: row.email },
      now,
    );
  });
}

/** What the invitation page shows before accepting; an invalid link answers 410. */
export async function previewInvitation(
  deps: MembersDeps,
  ctx: PublicContext,
  token: string,
): Promise<InvitationPreview> {
  const row = await findInvitationByToken(ctx.db, hashSecret(token));
  if (!row || invitationStatus(row, deps.clock.now()) !== 'pending') throw new AppError('invitation_invalid');
  const user = await deps.accounts.findUserByEmail(ctx.db, row.email);
  return {
    orgName: row.orgName,
    email: row.email,
    role: row.role as OrgRole,
    invitedByName: row.invitedByName,
    hasAccount: user !== null,
    expiresAt: row.expiresAt.toISOString(),
  };
}
