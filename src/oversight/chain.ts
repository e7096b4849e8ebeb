/**
 * Hash chains: each record's hash covers the previous record's hash, its own position and fields, and
 * (for interactions) the hash of its content. Content is hashed separately so it can be erased while the
 * chain still verifies.
 *
 * Appending reads the chain's head and writes the record and the new head in one IMMEDIATE transaction:
 * within one process better-sqlite3 is synchronous (no two appends interleave), and another process (the
 * CLI) waits for the write lock, so two writers never see the same head and the chain never forks.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export const GENESIS = '0'.repeat(64);

export type ChainName = 'interactions' | 'audit_events';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Values exactly as SQLite stores them: booleans as 0/1, undefined as null. */
export function dbValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** Canonical form: a JSON array of the values in a fixed field order (no key-order ambiguity). */
export function canonical(values: readonly unknown[]): string {
  return JSON.stringify(values.map(dbValue));
}

/** The hash of a record's content fields (null fields included as null). */
export function contentHash(fields: readonly (string | null | undefined)[]): string {
  return sha256(canonical(fields));
}

export function recordHash(prevHash: string, seq: number, fields: readonly unknown[], contentDigest = ''): string {
  return sha256(`${prevHash}\n${seq}\n${canonical(fields)}\n${contentDigest}`);
}

export interface Head {
  seq: number;
  hash: string;
}

/**
 * An appender for one chain: `append(build)` runs `build(seq, prevHash)` inside the IMMEDIATE transaction;
 * build computes the hash, inserts the record and returns the hash.
 */
export function chainAppender(sqlite: Database.Database, chain: ChainName) {
  const readHead = sqlite.prepare<[string], Head>('SELECT seq, hash FROM chain_heads WHERE chain = ?');
  const writeHead = sqlite.prepare(
    'INSERT INTO chain_heads (chain, seq, hash) VALUES (?, ?, ?) ON CONFLICT(chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
  );
  const append = sqlite.transaction((build: (seq: number, prevHash: string) => string): Head => {
    const head = readHead.get(chain) ?? { seq: 0, hash: GENESIS };
    const seq = head.seq + 1;
    const hash = build(seq, head.hash);
    writeHead.run(chain, seq, hash);
    return { seq, hash };
  });
  return {
    /** Inside another transaction this becomes a savepoint of it (better-sqlite3 nests transactions). */
    append: (build: (seq: number, prevHash: string) => string): Head => (sqlite.inTransaction ? append(build) : append.immediate(build)),
    head: (): Head => readHead.get(chain) ?? { seq: 0, hash: GENESIS },
  };
}

export type ChainAppender = ReturnType<typeof chainAppender>;
