/**
 * Daily rollups behind the dashboards: sums (rollup_daily), latency histograms (rollup_latency), PII
 * types (rollup_pii) and the people active per group (rollup_people, for small-group suppression).
 * The record itself is written on the request path; its rollups are added in a batch just after
 * (`defer`), so the dozen upserts per record cost no response time. `rollup_state` says up to which
 * record they are complete: a process that stopped before a batch was written catches up at start.
 * Rebuilt from the records for what a purge touched. Dimensions are '' where a record has none.
 */
import type Database from 'better-sqlite3';

/** Latency bins per doubling of (latency_ms + 1): about ±2% on a percentile. */
export const BINS_PER_DOUBLING = 16;

/**
 * Each rollup holds two periods side by side in its `day` column: days ('2026-11-28') and months
 * ('M2026-11'), so month buckets over a year read a twelfth of the rows. The 'M' keeps the two apart in
 * the primary key's order.
 */
export const monthKey = (isoDay: string) => `M${isoDay.slice(0, 7)}`;
const PERIOD_SQL = { day: 'substr(i.started_at, 1, 10)', month: "'M' || substr(i.started_at, 1, 7)" } as const;
/** The same keys as SQL over `interactions i`, for rebuilding. */
const keySql = (period: keyof typeof PERIOD_SQL) =>
  `${PERIOD_SQL[period]}, coalesce(i.use_case, ''), coalesce(i.department, ''), coalesce(i.app, ''), coalesce(i.model_used, i.model_requested, ''), i.outcome`;
/** Who a record is about, for counting people: the user pseudonym, else the app key. */
export const PERSON_SQL = "coalesce(i.user_pseudonym, 'key:' || i.key_id, 'anoniem')";

export interface RollupRow {
  startedAt: string;
  useCase: string | null;
  department: string | null;
  app: string | null;
  modelUsed: string | null;
  modelRequested: string | null;
  outcome: string;
  promptTokens: number | null;
  completionTokens: number | null;
  totalTokens: number | null;
  costEur: number | null;
  energyKwh: number | null;
  co2eGrams: number | null;
  latencyMs: number;
  piiReceipt: string | null;
  userPseudonym: string | null;
  keyId: string | null;
}

/** How long recorded rows wait to be added to the rollups together. */
const SETTLE_AFTER_MS = 200;

/** Rows recorded but not yet added to the rollups, per database handle. */
const pendingBy = new WeakMap<Database.Database, { rows: { seq: number; row: RollupRow }[]; scheduled: boolean }>();

export function createRollups(sqlite: Database.Database) {
  const K = '@day, @useCase, @department, @app, @model, @outcome';
  const KC = 'day, use_case, department, app, model, outcome';
  const daily = sqlite.prepare(`INSERT INTO rollup_daily VALUES (${K}, 1, @p, @c, @t, @priced, @cost, @metered, @energy, @co2e)
    ON CONFLICT (${KC}) DO UPDATE SET interactions = interactions + 1, prompt_tokens = prompt_tokens + excluded.prompt_tokens,
      completion_tokens = completion_tokens + excluded.completion_tokens, total_tokens = total_tokens + excluded.total_tokens,
      priced = priced + excluded.priced, cost_eur = cost_eur + excluded.cost_eur, metered = metered + excluded.metered,
      energy_kwh = energy_kwh + excluded.energy_kwh,
      co2e_grams = CASE WHEN excluded.co2e_grams IS NULL THEN co2e_grams ELSE coalesce(co2e_grams, 0) + excluded.co2e_grams END`);
  const latency = sqlite.prepare(`INSERT INTO rollup_latency VALUES (${K}, @bin, 1) ON CONFLICT (${KC}, bin) DO UPDATE SET n = n + 1`);
  const pii = sqlite.prepare(`INSERT INTO rollup_pii VALUES (${K}, @type, @found, 1) ON CONFLICT (${KC}, type) DO UPDATE SET found = found + excluded.found, interactions = interactions + 1`);
  const people = sqlite.prepare(`INSERT OR IGNORE INTO rollup_people VALUES (${K}, @person)`);

  const TABLES = ['rollup_daily', 'rollup_latency', 'rollup_pii', 'rollup_people'] as const;
  /** INSERT ... SELECT for each table and period, over the records matching `where` (on interactions i). */
  const rebuildSql = (where: string, period: keyof typeof PERIOD_SQL) => [
    `INSERT INTO rollup_daily SELECT ${keySql(period)}, count(*), coalesce(sum(i.prompt_tokens), 0), coalesce(sum(i.completion_tokens), 0), coalesce(sum(i.total_tokens), 0),
       count(i.cost_eur), coalesce(sum(i.cost_eur), 0), count(i.energy_kwh), coalesce(sum(i.energy_kwh), 0), sum(i.co2e_grams)
     FROM interactions i WHERE ${where} GROUP BY 1, 2, 3, 4, 5, 6`,
    `INSERT INTO rollup_latency SELECT ${keySql(period)}, CAST(round(log2(i.latency_ms + 1) * ${BINS_PER_DOUBLING}) AS INTEGER) AS bin, count(*)
     FROM interactions i WHERE ${where} GROUP BY 1, 2, 3, 4, 5, 6, bin`,
    `INSERT INTO rollup_pii SELECT ${keySql(period)}, t.key, sum(json_extract(t.value, '$.count')), count(*)
     FROM interactions i, json_each(i.pii_receipt) t WHERE ${where} AND i.pii_receipt <> '{}' GROUP BY 1, 2, 3, 4, 5, 6, t.key`,
    `INSERT OR IGNORE INTO rollup_people SELECT DISTINCT ${keySql(period)}, ${PERSON_SQL} FROM interactions i WHERE ${where}`,
  ];

  const readState = sqlite.prepare<[], number>('SELECT seq FROM rollup_state WHERE id = 1').pluck();
  const writeState = sqlite.prepare('INSERT INTO rollup_state (id, seq) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET seq = max(seq, excluded.seq)');
  const pending = pendingBy.get(sqlite) ?? pendingBy.set(sqlite, { rows: [], scheduled: false }).get(sqlite)!;

  const addAll = sqlite.transaction((batch: { seq: number; row: RollupRow }[]) => {
    for (const { row } of batch) rollups.add(row);
    writeState.run(batch.reduce((max, b) => (b.seq > max ? b.seq : max), 0));
  });

  const rollups = {
    /** Queues a committed record's rollups for the batch written shortly after (same process). */
    defer(seq: number, row: RollupRow): void {
      pending.rows.push({ seq, row });
      if (pending.scheduled) return;
      pending.scheduled = true;
      // A short wait gathers many records into one transaction; readers settle() first anyway.
      setTimeout(() => rollups.settle(), SETTLE_AFTER_MS).unref();
    },

    /** Writes the queued rollups now (before reading or rebuilding them). */
    settle(): void {
      pending.scheduled = false;
      if (pending.rows.length === 0 || !sqlite.open) return;
      addAll.immediate(pending.rows.splice(0));
    },

    /** After a stop before a batch was written: adds the records after the last complete one. */
    catchUp(): void {
      const done = readState.get() ?? 0;
      const rows = sqlite.prepare<[number], RollupRow & { seq: number }>(`SELECT seq, ${ROW_SQL} FROM interactions WHERE seq > ? ORDER BY seq`).all(done);
      if (rows.length === 0) return;
      sqlite.transaction(() => {
        for (const row of rows) rollups.add(row);
        writeState.run(rows.at(-1)!.seq);
      }).immediate();
    },

    /** Adds one record (to its day and its month). */
    add(r: RollupRow): void {
      const day = r.startedAt.slice(0, 10);
      const base = { useCase: r.useCase ?? '', department: r.department ?? '', app: r.app ?? '', model: r.modelUsed ?? r.modelRequested ?? '', outcome: r.outcome };
      const bin = Math.round(Math.log2(r.latencyMs + 1) * BINS_PER_DOUBLING);
      const receipt = r.piiReceipt && r.piiReceipt !== '{}' ? Object.entries(JSON.parse(r.piiReceipt) as Record<string, { count: number }>) : [];
      const person = r.userPseudonym ?? (r.keyId ? `key:${r.keyId}` : 'anoniem');
      for (const period of [day, monthKey(day)]) {
        const key = { ...base, day: period };
        daily.run({
          ...key, p: r.promptTokens ?? 0, c: r.completionTokens ?? 0, t: r.totalTokens ?? 0, priced: r.costEur === null ? 0 : 1, cost: r.costEur ?? 0,
          metered: r.energyKwh === null ? 0 : 1, energy: r.energyKwh ?? 0, co2e: r.co2eGrams,
        });
        latency.run({ ...key, bin });
        for (const [type, v] of receipt) pii.run({ ...key, type, found: v.count });
        people.run({ ...key, person });
      }
    },

    /** Rebuilds the rollups of one use case ('' for none) for every day up to `day`, and every month up to its month. */
    rebuildUpTo(useCase: string, day: string): void {
      rollups.settle(); // queued rows are in the records already: write them first, or they would count twice
      const nextDay = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
      const [y, m] = day.split('-').map(Number) as [number, number];
      const nextMonth = new Date(Date.UTC(y, m, 1)).toISOString();
      const params = { useCase, nextDay, nextMonth, day, month: monthKey(day) };
      const uc = useCase === '' ? 'i.use_case IS NULL' : 'i.use_case = @useCase';
      sqlite.transaction(() => {
        for (const table of TABLES) {
          sqlite.prepare(`DELETE FROM ${table} WHERE use_case = @useCase AND day <= @day AND day NOT LIKE 'M%'`).run(params);
          sqlite.prepare(`DELETE FROM ${table} WHERE use_case = @useCase AND day >= 'M' AND day <= @month`).run(params);
        }
        for (const sql of rebuildSql(`${uc} AND i.started_at < @nextDay`, 'day')) sqlite.prepare(sql).run(params);
        for (const sql of rebuildSql(`${uc} AND i.started_at < @nextMonth`, 'month')) sqlite.prepare(sql).run(params);
      }).immediate();
    },

    /** From scratch (a database that has records from before the rollups existed). */
    rebuildAll(): void {
      pending.rows.length = 0; // the rebuild reads every record, these included
      sqlite.transaction(() => {
        for (const table of TABLES) sqlite.prepare(`DELETE FROM ${table}`).run();
        for (const sql of [...rebuildSql('1', 'day'), ...rebuildSql('1', 'month')]) sqlite.prepare(sql).run();
        writeState.run(sqlite.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM interactions').pluck().get() ?? 0);
      }).immediate();
    },
  };
  return rollups;
}

/** The columns of a RollupRow, read back from interactions (for catching up). */
const ROW_SQL = [
  'started_at AS startedAt', 'use_case AS useCase', 'department', 'app', 'model_used AS modelUsed', 'model_requested AS modelRequested',
  'outcome', 'prompt_tokens AS promptTokens', 'completion_tokens AS completionTokens', 'total_tokens AS totalTokens', 'cost_eur AS costEur',
  'energy_kwh AS energyKwh', 'co2e_grams AS co2eGrams', 'latency_ms AS latencyMs', 'pii_receipt AS piiReceipt', 'user_pseudonym AS userPseudonym', 'key_id AS keyId',
].join(', ');

export type Rollups = ReturnType<typeof createRollups>;
