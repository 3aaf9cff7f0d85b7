export { activityKeys, commentKeys } from '@/features/comments/api/comment-queries';
export { ActivityTimeline, type ActivityTimelineProps } from '@/features/comments/components/ActivityTimeline';
export { CommentBody } from '@/features/comments/components/CommentBody';
export { CommentThread, type CommentThreadProps } from '@/features/comments/components/CommentThread';
