/** App keys: only a hash is stored; lookups compare hashes in constant time. */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { appKeys } from './schema.js';

export const KEY_PREFIX = 'pw_';
const PREFIX_LENGTH = KEY_PREFIX.length + 8;

export type KeyRole = 'app' | 'governance';

export interface AppKey {
  id: string;
  prefix: string;
  app: string;
  department: string | null;
  role: KeyRole;
  useCases: string[];
  defaultUseCase: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface NewKey {
  app: string;
  department?: string;
  role?: KeyRole;
  useCases?: string[];
  defaultUseCase?: string;
}

function hashKey(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

export function createKeyStore(db: Db) {
  const byPrefix = db
    .select()
    .from(appKeys)
    .where(eq(appKeys.prefix, sql.placeholder('prefix')))
    .prepare();

  return {
    /** Returns the key itself once; it cannot be recovered later. */
    create(input: NewKey): { key: string; record: AppKey } {
      const key = KEY_PREFIX + randomBytes(24).toString('base64url');
      const record = {
        id: randomUUID(),
        prefix: key.slice(0, PREFIX_LENGTH),
        hash: hashKey(key).toString('hex'),
        app: input.app,
        department: input.department ?? null,
        role: input.role ?? 'app',
        useCases: input.useCases ?? [],
        defaultUseCase: input.defaultUseCase ?? input.useCases?.[0] ?? null,
        createdAt: new Date().toISOString(),
        revokedAt: null,
      };
      db.insert(appKeys).values(record).run();
      const { hash: _hash, ...visible } = record;
      return { key, record: visible };
    },

    /** The active key matching this secret, or undefined (unknown, wrong or revoked). */
    verify(key: string): AppKey | undefined {
      if (!key.startsWith(KEY_PREFIX) || key.length < PREFIX_LENGTH + 8) return undefined;
      const row = byPrefix.get({ prefix: key.slice(0, PREFIX_LENGTH) });
      if (!row || row.revokedAt) return undefined;
      if (!timingSafeEqual(hashKey(key), Buffer.from(row.hash, 'hex'))) return undefined;
      const { hash: _hash, ...visible } = row;
      return visible as AppKey;
    },

    list(): AppKey[] {
      return db
        .select({
          id: appKeys.id, prefix: appKeys.prefix, app: appKeys.app, department: appKeys.department, role: appKeys.role,
          useCases: appKeys.useCases, defaultUseCase: appKeys.defaultUseCase, createdAt: appKeys.createdAt, revokedAt: appKeys.revokedAt,
        })
        .from(appKeys)
        .orderBy(desc(appKeys.createdAt))
        .all() as AppKey[];
    },

    /** Revoke by id or visible prefix. Returns the revoked key, or undefined if none matched. */
    revoke(idOrPrefix: string): AppKey | undefined {
      const match = this.list().find((k) => k.id === idOrPrefix || k.prefix === idOrPrefix);
      if (!match) return undefined;
      const revokedAt = match.revokedAt ?? new Date().toISOString();
      db.update(appKeys).set({ revokedAt }).where(eq(appKeys.id, match.id)).run();
      return { ...match, revokedAt };
    },
  };
}

export type KeyStore = ReturnType<typeof createKeyStore>;
