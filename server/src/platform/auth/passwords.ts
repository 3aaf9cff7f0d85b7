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
 * common password (also with digits or symbols tacked on, or in leetspeak) or is built from the
 * user's own words (e-mail, name, organisation names).
 */
export function checkPasswordPolicy(
  password: string,
  context: { email?: string; name?: string; orgNames?: string[] } = {},
  field = 'password',
): FieldError | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) {
    return {
      ...fieldError(field, 'too_short', `At least ${PASSWORD_MIN} characters`),
      params: { limit: PASSWORD_MIN },
    };
  }
  if (length > PASSWORD_MAX) {
    return { ...fieldError(field, 'too_long', `At most ${PASSWORD_MAX} characters`), params: { limit: PASSWORD_MAX } };
  }
  const lower = password.toLowerCase();
  if (isCommon(lower) || /^(.)\1+$/u.test(password) || isSequence(lower)) {
    return fieldError(field, 'common_password', 'This password is too common');
  }
  if (isOwnWords(lower, context)) {
    return fieldError(field, 'common_password', 'Do not build the password from your name, e-mail or organisation');
  }
  return null;
}

const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '5': 's',
  $: 's',
  '7': 't',
  '!': 'i',
};

/** A common password as it is, with digits or symbols around it, or written in leetspeak. */
function isCommon(lower: string): boolean {
  if (COMMON_PASSWORDS.has(lower)) return true;
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if (core.length >= 4 && COMMON_PASSWORDS.has(core)) return true;
  const plain = [...lower].map((ch) => LEET[ch] ?? ch).join('');
  const plainCore = plain.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  return plainCore.length >= 4 && (COMMON_PASSWORDS.has(plain) || COMMON_PASSWORDS.has(plainCore));
}

function isOwnWords(lower: string, context: { email?: string; name?: string; orgNames?: string[] }): boolean {
  const words = ['meridian', context.email, context.email?.split('@')[0], context.name, ...(context.orgNames ?? [])]
    .filter((w): w is string => !!w && [...w].length >= 2)
    .map((w) => w.toLowerCase().replace(/\s+/gu, ''));
  const compact = lower.replace(/\s+/gu, '');
  const squashed = lower.replace(/[\s\d\W_]+/gu, '');
  return words.some(
    (w) =>
      compact === w ||
      squashed === w ||
      ([...squashed].length >= 4 && w.includes(squashed)) ||
      (w.length >= 4 && compact.includes(w) && compact.length - w.length < 6),
  );
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
