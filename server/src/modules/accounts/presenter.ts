import type { Me, Organization, OrgRole, Session, User } from '@meridian/contracts';
import { orgAbilities } from '#platform/permissions/org-actions.ts';
import type { OrgRow } from './queries/orgs.ts';
import type { UserRow } from './queries/users.ts';

const HAN = /\p{Script=Han}/u;

/** Avatar initials: the given name of a Chinese name (its last two characters), or up to two initials. */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  if (HAN.test(trimmed)) return [...trimmed].slice(-2).join('');
  const words = trimmed.split(/\s+/);
  return words
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}

export const AVATAR_COLORS = ['#1677ff', '#13a8a8', '#52c41a', '#fa8c16', '#eb2f96', '#722ed1', '#2f54eb', '#fa541c'];

export function pickAvatarColor(seed: string): string {
  let sum = 0;
  for (const ch of seed) sum = (sum * 31 + ch.charCodeAt(0)) >>> 0;
  return AVATAR_COLORS[sum % AVATAR_COLORS.length]!;
}

export function toUserDto(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    avatarColor: row.avatarColor,
    initials: initialsOf(row.name),
    locale: row.locale === 'en' ? 'en' : 'zh-CN',
    timeZone: row.timeZone,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function toOrganizationDto(row: OrgRow): Organization {
  return {
    id: row.id,
    name: row.name,
    currency: row.currency,
    timeZone: row.timeZone,
    weekStart: row.weekStart,
    sessionIdleMinutes: row.sessionIdleMinutes,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function toMeDto(input: {
  user: UserRow;
  org: OrgRow | null;
  role: OrgRole | null;
  orgs: { id: string; name: string; role: string }[];
  csrfToken: string | null;
}): Me {
  return {
    user: toUserDto(input.user),
    org: input.org ? toOrganizationDto(input.org) : null,
    role: input.role,
    orgs: input.orgs.map((o) => ({ id: o.id, name: o.name, role: o.role as OrgRole })),
    csrfToken: input.csrfToken,
    abilities: orgAbilities(input.role),
  };
}

/** A short device description from the User-Agent, e.g. "Chrome on Windows". */
export function describeDevice(userAgent: string): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /MicroMessenger/.test(userAgent)
      ? 'WeChat'
      : /DingTalk/.test(userAgent)
        ? 'DingTalk'
        : /Chrome\//.test(userAgent)
          ? 'Chrome'
          : /Firefox\//.test(userAgent)
            ? 'Firefox'
            : /Safari\//.test(userAgent)
              ? 'Safari'
              : /curl|node|undici|python|okhttp/i.test(userAgent)
                ? 'API client'
                : 'Browser';
  const os = /iPhone|iPad/.test(userAgent)
    ? 'iOS'
    : /Android/.test(userAgent)
      ? 'Android'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : '';
  return os ? `${browser} on ${os}` : browser;
}

export function toSessionDto(
  row: {
    id: string;
    userId: string;
    userAgent: string;
    ip: string;
    createdAt: Date;
    lastSeenAt: Date;
    expiresAt: Date;
  },
  currentId: string | null,
): Session {
  return {
    id: row.id,
    userId: row.userId,
    device: describeDevice(row.userAgent),
    userAgent: row.userAgent,
    ip: row.ip,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    current: row.id === currentId,
  };
}
