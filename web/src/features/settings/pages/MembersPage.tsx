import { UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMembers } from '@/features/settings/api/member-queries';
import { InvitationsTable } from '@/features/settings/components/InvitationsTable';
import { InviteMemberModal } from '@/features/settings/components/InviteMemberModal';
import { MemberFiltersBar } from '@/features/settings/components/MemberFiltersBar';
import { MembersTable } from '@/features/settings/components/MembersTable';
import { readMemberFilters } from '@/features/settings/internal/member-filters';
import { flattenPages } from '@/shared/api/pages';
import { useAbility } from '@/shared/session/session-context';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { LoadMore } from '@/shared/ui/LoadMore';
import { PageHeader } from '@/shared/ui/PageHeader';

export function MembersPage() {
  const { t } = useTranslation('settings');
  const [params] = useSearchParams();
  const filters = readMemberFilters(params);
  const members = useMembers(filters);
  const canInvite = useAbility('members.invite');
  const [isInviteOpen, setIsInviteOpen] = useState(false);
  const items = flattenPages(members.data);
  // A new filter keeps the previous rows dimmed while the new ones load; "load more" has its own spinner.
  const isRefreshing = members.isPending || (members.isFetching && !members.isFetchingNextPage);

  const membersTab = (
    <>
      <MemberFiltersBar />
      {members.isError ? (
        <ErrorResult error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <>
          <MembersTable members={items} isLoading={isRefreshing} />
          <LoadMore
            hasMore={members.hasNextPage}
            isLoading={members.isFetchingNextPage}
            onLoadMore={() => void members.fetchNextPage()}
            shown={items.length}
          />
        </>
      )}
    </>
  );

  return (
    <>
      <PageHeader
        title={t('members.title')}
        description={t('members.description')}
        extra={
          canInvite ? (
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              data-testid="invite-member"
              onClick={() => setIsInviteOpen(true)}
            >
              {t('invite.open')}
            </Button>
          ) : null
        }
      />
      <Card>
        {canInvite ? (
          <Tabs
            items={[
              { key: 'members', label: t('members.tab'), children: membersTab },
              { key: 'invitations', label: t('invitations.tab'), children: <InvitationsTable /> },
            ]}
            destroyOnHidden
          />
        ) : (
          membersTab
        )}
      </Card>
      <InviteMemberModal open={isInviteOpen} onClose={() => setIsInviteOpen(false)} />
    </>
  );
}
