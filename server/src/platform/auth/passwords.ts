import type { FieldError } from '@meridian/contracts';
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { fieldError } from '#platform/errors/app-error.ts';

/** argon2id with the OWASP/ASVS minimum: 19 MiB, two passes, one lane. */
export const ARGON2_PARAMS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const COMMON_PASSWORDS = new Set(dictionary.passwords.map((p: string) => p.toLowerCase()));

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when the stored hash was made with weaker parameters than today's: re-hash at sign-in. */
export function needsRehash(passwordHash: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash);
  if (!match) return true;
  const [m, t, p] = match.slice(1).map(Number) as [number, number, number];
  return m < ARGON2_PARAMS.memoryCost || t < ARGON2_PARAMS.timeCost || p !== ARGON2_PARAMS.parallelism;
}

/** A hash of nothing in particular, verified for unknown e-mails so their answer takes as long. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('meridian-no-such-user-password');
  return dummyHash;
}

/**
 * Password policy from ASVS 5: length 12–128, no composition rules, refused when it is a
 * common password or is built from the user's own words (e-mail, name, organisation).
 */
export function checkPasswordPolicy(
  password: string,
  context: { email?: string; name?: string; orgName?: string } = {},
  field = 'password',
): FieldError | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN)
    return {
      ...fieldError(field, 'too_short', `At least ${PASSWORD_MIN} characters`),
      params: { limit: PASSWORD_MIN },
    };
  if (length > PASSWORD_MAX)
    return { ...fieldError(field, 'too_long', `At most ${PASSWORD_MAX} characters`), params: { limit: PASSWORD_MAX } };
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password) || isSequence(lower)) {
    return fieldError(field, 'common_password', 'This password is too common');
  }
  const words = ['meridian', context.email?.split('@')[0], context.name, context.orgName]
    .filter((w): w is string => !!w && w.length >= 4)
    .map((w) => w.toLowerCase().replace(/\s+/g, ''));
  const squashed = lower.replace(/[\s\d\W_]+/g, '');
  if (
    words.some(
      (w) => squashed === w || lower.replace(/\s+/g, '') === w || (squashed.length >= 4 && w.includes(squashed)),
    )
  ) {
    return fieldError(field, 'common_password', 'Do not build the password from your name, e-mail or organisation');
  }
  return null;
}

function isSequence(value: string): boolean {
  const runs = [
    '0123456789012345678901234567890',
    'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz',
    'qwertyuiopasdfghjklzxcvbnmqwertyuiop',
  ];
  return runs.some((run) => run.includes(value));
}

export function commonPasswordSample(count: number): string[] {
  return dictionary.passwords.slice(0, count);
}
