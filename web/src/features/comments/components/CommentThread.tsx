import type { CommentTargetType } from '@meridian/contracts';
import { Alert, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  useCreateComment,
  useDeleteComment,
  useToggleReaction,
  useUpdateComment,
} from '@/features/comments/api/comment-mutations';
import { useComments } from '@/features/comments/api/comment-queries';
import { CommentComposer } from '@/features/comments/components/CommentComposer';
import { CommentItem } from '@/features/comments/components/CommentItem';
import { flattenPages } from '@/shared/api/pages';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { EmptyState } from '@/shared/ui/EmptyState';
import { LoadMore } from '@/shared/ui/LoadMore';

export type CommentThreadProps = {
  targetType: CommentTargetType;
  targetId: string;
  /** The target's project, for callers that key caches by project; the thread itself does not need it. */
  projectId?: string;
  /** Hide the composer when the reader may not comment (e.g. an archived project). */
  canComment?: boolean;
};

/** The comments on a task or project, oldest first, with the composer below. */
export function CommentThread({ targetType, targetId, canComment = true }: CommentThreadProps) {
  const { t } = useTranslation('comments');
  const target = { targetType, targetId };
  const comments = useComments(target);
  const create = useCreateComment(target);
  const update = useUpdateComment(target);
  const remove = useDeleteComment(target);
  const react = useToggleReaction(target);
  const showError = useApiErrorHandler();
  const items = flattenPages(comments.data);

  if (comments.isPending) return <Skeleton active avatar paragraph={{ rows: 2 }} />;
  if (comments.isError) return <Alert type="error" showIcon message={t('loadFailed')} />;

  return (
    <Flex vertical gap={16} aria-label={t('title')} role="region">
      {items.length === 0 ? <EmptyState description={t('empty')} /> : null}
      {items.map((comment) => (
        <CommentItem
          key={comment.id}
          comment={comment}
          isUpdating={update.isPending}
          onUpdate={(body) =>
            update.mutateAsync({ id: comment.id, body, version: comment.version }).catch((error) => {
              showError(error, { onReload: () => void comments.refetch() });
              throw error;
            })
          }
          onDelete={() => remove.mutate(comment.id, { onError: (error) => showError(error) })}
          onReact={(emoji, on) => react.mutate({ id: comment.id, emoji, on }, { onError: (error) => showError(error) })}
        />
      ))}
      <LoadMore
        hasMore={comments.hasNextPage}
        isLoading={comments.isFetchingNextPage}
        onLoadMore={() => void comments.fetchNextPage()}
        shown={items.length}
      />
      {canComment ? (
        <CommentComposer
          submitLabel={t('composer.submit')}
          isSubmitting={create.isPending}
          onSubmit={(body) =>
            create.mutateAsync(body).catch((error) => {
              showError(error);
              throw error;
            })
          }
        />
      ) : null}
    </Flex>
  );
}
