import { describe, expect, it } from 'vitest';
import { buildTeamTree, subtreeIds, type TeamLike, teamPath } from '@/features/settings/internal/team-tree';

const teams: TeamLike[] = [
  { id: 'hz', name: '杭州销售组', parentId: 'east' },
  { id: 'east', name: '华东大区', parentId: null },
  { id: 'sh1', name: '上海销售一组', parentId: 'east' },
  { id: 'north', name: '华北大区', parentId: null },
  { id: 'bj', name: '北京销售组', parentId: 'north' },
  { id: 'orphan', name: 'Orphan', parentId: 'gone' },
];

const shape = (nodes: ReturnType<typeof buildTeamTree<TeamLike>>): unknown =>
  nodes.map((node) => (node.children.length ? { [node.team.id]: shape(node.children) } : node.team.id));

describe('buildTeamTree', () => {
  it('nests by parent and sorts each level in pinyin order', () => {
    expect(shape(buildTeamTree(teams))).toEqual([{ north: ['bj'] }, { east: ['hz', 'sh1'] }, 'orphan']);
  });

  it('survives a parent loop', () => {
    const loop: TeamLike[] = [
      { id: 'a', name: 'A', parentId: 'b' },
      { id: 'b', name: 'B', parentId: 'a' },
    ];
    expect(shape(buildTeamTree(loop))).toEqual(['a', 'b']);
  });
});

describe('subtreeIds', () => {
  it('holds the team and all its descendants', () => {
    expect([...subtreeIds(teams, 'east')].sort()).toEqual(['east', 'hz', 'sh1']);
    expect([...subtreeIds(teams, 'bj')]).toEqual(['bj']);
  });
});

describe('teamPath', () => {
  it('lists names from the root', () => {
    expect(teamPath(teams, 'sh1')).toEqual(['华东大区', '上海销售一组']);
    expect(teamPath(teams, 'missing')).toEqual([]);
  });
});
