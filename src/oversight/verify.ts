/**
 * Verifies both hash chains end to end and names the first record that was changed, removed, reordered
 * or added. Metadata purged by retention leaves a tombstone (seq, prev_hash, hash) so the chain stays
 * whole; each purge's audit event carries the count and a digest of the tombstones it made, so turning a
 * record into a tombstone by hand is detected too.
 */
import { createHash, type Hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { CONTENT_FIELDS, METADATA_FIELDS, column } from '../store/interactions.js';
import { EVENT_FIELDS } from '../store/events.js';
import { GENESIS, contentHash, recordHash, type ChainName, type Head } from './chain.js';

export type ProblemKind = 'changed' | 'content_changed' | 'removed' | 'reordered' | 'added' | 'tombstone';

export interface Problem {
  chain: ChainName;
  kind: ProblemKind;
  seq: number | null;
  /** Interaction id (or event kind) of the record, where there is one. */
  id: string | null;
  message: string;
}

export interface ChainReport {
  records: number;
  tombstones: number;
  head: Head | null;
  problem?: Problem;
}

export interface VerifyReport {
  ok: boolean;
  interactions: ChainReport;
  events: ChainReport;
  /** The first problem found (interactions first, then events). */
  problem?: Problem;
}

export function verifyChains(sqlite: Database.Database): VerifyReport {
  const events = verifyEvents(sqlite);
  const interactions = verifyInteractions(sqlite, events.purges);
  const problem = interactions.problem ?? events.report.problem;
  return { ok: !problem, interactions, events: events.report, problem };
}

function headOf(sqlite: Database.Database, chain: ChainName): Head | null {
  return (sqlite.prepare('SELECT seq, hash FROM chain_heads WHERE chain = ?').get(chain) as Head | undefined) ?? null;
}

interface PurgeSeal {
  tombstones: number;
  digest: string;
}

function verifyEvents(sqlite: Database.Database): { report: ChainReport; purges: Map<string, PurgeSeal> } {
  const purges = new Map<string, PurgeSeal>();
  const report: ChainReport = { records: 0, tombstones: 0, head: headOf(sqlite, 'audit_events') };
  const rows = sqlite.prepare('SELECT seq, prev_hash, hash, at, kind, actor, subject, details FROM audit_events ORDER BY seq').iterate() as IterableIterator<Record<string, any>>;
  let prev = GENESIS;
  let expected = 1;
  for (const row of rows) {
    report.records++;
    const fail = (kind: ProblemKind, message: string) => {
      report.problem = { chain: 'audit_events', kind, seq: row.seq, id: row.kind, message };
    };
    if (row.prev_hash !== prev || row.seq !== expected) {
      if (row.seq > expected) fail('removed', `Gebeurtenis(sen) ${expected}–${row.seq - 1} ontbreken vóór gebeurtenis ${row.seq} / event(s) ${expected}–${row.seq - 1} are missing before event ${row.seq}`);
      else fail('changed', `Gebeurtenis ${row.seq} sluit niet aan op de vorige / event ${row.seq} does not link to the previous one`);
      rows.return?.();
      return { report, purges };
    }
    if (recordHash(prev, row.seq, EVENT_FIELDS.map((f) => row[f])) !== row.hash) {
      fail('changed', `Gebeurtenis ${row.seq} (${row.kind}) is gewijzigd / event ${row.seq} (${row.kind}) was changed`);
      rows.return?.();
      return { report, purges };
    }
    if (row.kind === 'purge') {
      const d = JSON.parse(row.details);
      if (d.purge_id && d.tombstones > 0) purges.set(d.purge_id, { tombstones: d.tombstones, digest: d.tombstone_digest });
    }
    prev = row.hash;
    expected = row.seq + 1;
  }
  const head = report.head;
  if (head && (head.seq !== expected - 1 || head.hash !== prev)) {
    report.problem = head.seq > expected - 1
      ? { chain: 'audit_events', kind: 'removed', seq: expected, id: null, message: `Gebeurtenissen ${expected}–${head.seq} ontbreken aan het eind / events ${expected}–${head.seq} are missing at the end` }
      : { chain: 'audit_events', kind: 'changed', seq: head.seq, id: null, message: 'De kop van de gebeurtenissenketen klopt niet / the head of the event chain does not match' };
  }
  return { report, purges };
}

function verifyInteractions(sqlite: Database.Database, purges: Map<string, PurgeSeal>): ChainReport {
  const report: ChainReport = { records: 0, tombstones: 0, head: headOf(sqlite, 'interactions') };
  const meta = METADATA_FIELDS.map((f) => column(f));
  const content = CONTENT_FIELDS.map((f) => column(f));
  const nulls = [...meta, ...content].map(() => 'NULL').join(', ');
  const rows = sqlite
    .prepare(
      `SELECT seq, prev_hash, hash, content_hash, content_erased_at, NULL AS purge_id, ${[...meta, ...content].join(', ')} FROM interactions WHERE seq IS NOT NULL
       UNION ALL SELECT seq, prev_hash, hash, NULL, NULL, purge_id, ${nulls} FROM interaction_tombstones ORDER BY seq`,
    )
    .raw()
    .iterate() as IterableIterator<unknown[]>;
  const M = 6; // offset of the metadata fields in a raw row
  const C = M + meta.length;
  const digests = new Map<string, { count: number; hash: Hash }>();
  let prev = GENESIS;
  let prevSeq = 0;
  let problem: Problem | undefined;
  let broken: { seq: number; id: string | null; at: string; prevHash: string; linked: boolean } | undefined;

  for (const r of rows) {
    const seq = r[0] as number;
    const prevHash = r[1] as string;
    const hash = r[2] as string;
    const purgeId = r[5] as string | null;
    const id = purgeId ? null : (r[M] as string);
    const at = id ? `record ${id} (seq ${seq})` : `tombstone seq ${seq}`;
    const fail = (kind: ProblemKind, message: string) => (problem = { chain: 'interactions', kind, seq, id, message });

    if (prevHash !== prev || seq !== prevSeq + 1) {
      // Classified after the loop: another query cannot run while this one iterates.
      broken = { seq, id, at, prevHash, linked: prevHash === prev };
      break;
    }
    if (purgeId) {
      report.tombstones++;
      let d = digests.get(purgeId);
      if (!d) digests.set(purgeId, (d = { count: 0, hash: createHash('sha256') }));
      d.count++;
      d.hash.update(`${seq}:${hash}\n`);
    } else {
      report.records++;
      const stored = r.slice(C) as (string | null)[];
      if (contentHash(stored) !== r[3]) {
        // Erased content (null) is fine when the erasure is marked; anything else is a change.
        const erasedOk = r[4] !== null && stored.every((v) => v === null);
        if (!erasedOk) {
          fail('content_changed', `Inhoud gewijzigd of zonder registratie gewist: ${at} / content changed or erased without record: ${at}`);
          break;
        }
      }
      if (recordHash(prevHash, seq, r.slice(M, C), r[3] as string) !== hash) {
        fail('changed', `Gewijzigd: ${at} / changed: ${at}`);
        break;
      }
    }
    prev = hash;
    prevSeq = seq;
  }
  rows.return?.();
  if (broken) {
    const { seq, id, at, prevHash, linked } = broken;
    const pointsTo = linked ? undefined : findByHash(sqlite, prevHash);
    if (pointsTo !== undefined && pointsTo !== prevSeq) {
      problem = { chain: 'interactions', kind: 'reordered', seq, id, message: `Volgorde gewijzigd: ${at} hoort na seq ${pointsTo}, maar staat na seq ${prevSeq} / order changed: ${at} belongs after seq ${pointsTo} but is stored after seq ${prevSeq}` };
    } else if (seq > prevSeq + 1 && !linked) {
      problem = { chain: 'interactions', kind: 'removed', seq, id, message: `Verwijderd: record(s) seq ${prevSeq + 1}–${seq - 1} ontbreken vóór ${at} / removed: record(s) seq ${prevSeq + 1}–${seq - 1} are missing before ${at}` };
    } else {
      problem = { chain: 'interactions', kind: 'changed', seq, id, message: `Gewijzigd: ${at} sluit niet aan op het vorige record / changed: ${at} does not link to the previous record` };
    }
  }
  if (problem) {
    report.problem = problem;
    return report;
  }

  for (const [purgeId, d] of digests) {
    const seal = purges.get(purgeId);
    if (!seal || seal.tombstones !== d.count || seal.digest !== d.hash.digest('hex')) {
      report.problem = { chain: 'interactions', kind: 'tombstone', seq: null, id: null, message: `Grafstenen van purge ${purgeId} komen niet overeen met de geregistreerde purge / tombstones of purge ${purgeId} do not match the recorded purge` };
      return report;
    }
  }
  const head = report.head;
  if (head && (head.seq !== prevSeq || head.hash !== prev)) {
    report.problem = head.seq > prevSeq
      ? { chain: 'interactions', kind: 'removed', seq: prevSeq + 1, id: null, message: `Verwijderd: records seq ${prevSeq + 1}–${head.seq} ontbreken aan het eind / removed: records seq ${prevSeq + 1}–${head.seq} are missing at the end` }
      : { chain: 'interactions', kind: 'changed', seq: head.seq, id: null, message: 'De kop van de keten klopt niet / the chain head does not match' };
    return report;
  }
  if (!head && prevSeq > 0) {
    report.problem = { chain: 'interactions', kind: 'changed', seq: null, id: null, message: 'De kop van de keten ontbreekt / the chain head is missing' };
    return report;
  }
  const outside = sqlite.prepare('SELECT id FROM interactions WHERE seq IS NULL LIMIT 1').get() as { id: string } | undefined;
  if (outside) {
    report.problem = { chain: 'interactions', kind: 'added', seq: null, id: outside.id, message: `Toegevoegd buiten de keten: record ${outside.id} / added outside the chain: record ${outside.id}` };
  }
  return report;
}

function findByHash(sqlite: Database.Database, hash: string): number | undefined {
  const row = sqlite.prepare('SELECT seq FROM interactions WHERE hash = ? UNION ALL SELECT seq FROM interaction_tombstones WHERE hash = ? LIMIT 1').get(hash, hash) as { seq: number } | undefined;
  return row?.seq;
}
