import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { newId } from '#platform/ids/ids.ts';
import { SNIFF_BYTES } from './content-type.ts';

/** A file received into a temporary place, not yet kept. */
export type ReceivedFile = { tempPath: string; sizeBytes: number; sha256: string; head: Uint8Array };

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Uploaded files on disk under `<dataDir>/files/<orgId>/<storageKey>`. Bytes stream through a
 * hash to a temporary file in the same directory, which a rename then keeps (atomic on one
 * file system), so a half-written file is never visible under its key.
 */
export function createFileStore(dataDir: string) {
  const root = path.join(dataDir, 'files');
  const dirOf = (orgId: string) => {
    if (!KEY.test(orgId)) throw new Error('invalid organisation id for file storage');
    return path.join(root, orgId);
  };
  const pathOf = (orgId: string, storageKey: string) => {
    if (!KEY.test(storageKey)) throw new Error('invalid storage key');
    return path.join(dirOf(orgId), storageKey);
  };

  return {
    /** Streams `source` to a temporary file, with its size, SHA-256 and first bytes. */
    async receive(orgId: string, source: Readable): Promise<ReceivedFile> {
      const dir = dirOf(orgId);
      await mkdir(dir, { recursive: true });
      const tempPath = path.join(dir, `.upload-${newId()}`);
      const hash = createHash('sha256');
      const headChunks: Buffer[] = [];
      let headLength = 0;
      let sizeBytes = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          sizeBytes += chunk.length;
          if (headLength < SNIFF_BYTES) {
            const part = chunk.subarray(0, SNIFF_BYTES - headLength);
            headChunks.push(part);
            headLength += part.length;
          }
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, tap, createWriteStream(tempPath, { flags: 'wx', mode: 0o600 }));
      } catch (error) {
        await rm(tempPath, { force: true });
        throw error;
      }
      return { tempPath, sizeBytes, sha256: hash.digest('hex'), head: Buffer.concat(headChunks) };
    },

    /** Keeps a received file under its key. */
    async keep(file: ReceivedFile, orgId: string, storageKey: string): Promise<void> {
      await rename(file.tempPath, pathOf(orgId, storageKey));
    },

    async discard(file: ReceivedFile): Promise<void> {
      await rm(file.tempPath, { force: true });
    },

    /** A stream of a kept file, or null when the file is not on disk. */
    async open(orgId: string, storageKey: string): Promise<ReadStream | null> {
      const file = pathOf(orgId, storageKey);
      try {
        if (!(await stat(file)).isFile()) return null;
      } catch {
        return null;
      }
      return createReadStream(file);
    },

    /** Removes a kept file; one that is already gone is fine. */
    async remove(orgId: string, storageKey: string): Promise<void> {
      await rm(pathOf(orgId, storageKey), { force: true });
    },
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
