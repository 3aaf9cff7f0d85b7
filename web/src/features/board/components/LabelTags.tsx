import type { Label } from '@meridian/contracts';
import { Tag } from 'antd';
import { readableTextOn } from '@/shared/preferences/contrast';

export type LabelTagsProps = { labelIds: string[]; labels: ReadonlyMap<string, Label> };

/** The task's labels on their own colour, text picked for contrast in both themes. */
export function LabelTags({ labelIds, labels }: LabelTagsProps) {
  const known = labelIds.map((id) => labels.get(id)).filter((label): label is Label => Boolean(label));
  if (known.length === 0) return null;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {known.map((label) => (
        <Tag
          key={label.id}
          className="meridian-wrapping-tag"
          style={{ margin: 0, border: 0, background: label.color, color: readableTextOn(label.color) }}
        >
          {label.name}
        </Tag>
      ))}
    </span>
  );
}
