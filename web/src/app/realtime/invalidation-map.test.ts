import { describe, expect, it } from 'vitest';
import { invitationKeys } from '@/features/settings/api/invitation-queries';
import { memberKeys } from '@/features/settings/api/member-queries';
import { teamKeys } from '@/features/settings/api/team-queries';
import { staleKeysFor } from './invalidation-map';

describe('realtime invalidation', () => {
  it('marks members and teams stale when someone joins', () => {
    expect(staleKeysFor('member.joined')).toEqual(expect.arrayContaining([memberKeys.all, teamKeys.all]));
  });
  it('marks invitations stale on a new invitation, and nothing about teams', () => {
    const keys = staleKeysFor('invitation.created');
    expect(keys).toContainEqual(invitationKeys.all);
    expect(keys).not.toContainEqual(teamKeys.all);
  });
});
