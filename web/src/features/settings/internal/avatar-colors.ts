/** Avatar colours that keep white initials at AA contrast (≥ 4.5:1). */
export const AVATAR_COLORS = [
  '#0958d9',
  '#531dab',
  '#c41d7f',
  '#ad4e00',
  '#237804',
  '#006d75',
  '#a8071a',
  '#434343',
] as const;
