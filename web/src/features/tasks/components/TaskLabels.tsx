import { Flex, Tag } from 'antd';
import { useLabels } from '@/features/projects/api/label-queries';

/** The task's labels as tags, names from the project's label list. */
export function TaskLabels({ projectId, labelIds }: { projectId: string; labelIds: string[] }) {
  const labels = useLabels(projectId);
  if (labelIds.length === 0) return null;
  return (
    <Flex gap={4} wrap>
      {labelIds.map((id) => {
        const label = labels.data?.find((item) => item.id === id);
        return label ? (
          <Tag key={id} color={label.color} style={{ marginInlineEnd: 0 }}>
            {label.name}
          </Tag>
        ) : null;
      })}
    </Flex>
  );
}
