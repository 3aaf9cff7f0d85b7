import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';

/** A new time-ordered id (UUID v7). */
export const newId = (): string => uuidv7();

/** A random secret for cookies, links and tokens: 32 bytes, base64url. */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Secrets are stored only as their SHA-256, so a database leak gives no usable token. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
