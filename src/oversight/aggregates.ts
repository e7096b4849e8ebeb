/**
 * Dashboard aggregates, bucketed by day, week (ISO, from Monday) or month: usage (counts per outcome,
 * tokens, cost, energy, CO2e), latency p50/p95, feedback (ratio, reasons), blocks per rule, PII types per
 * use case. Breakdowns by department or app go through small-group suppression.
 *
 * Usage, latency and PII read the rollups (src/store/rollups.ts) and so count whole UTC days (whole months
 * for month buckets); with a rule or user filter they fall back to the records themselves. Feedback is bucketed by when it was given.
 */
import type Database from 'better-sqlite3';
import type { Policy } from '../policy/index.js';
import { BINS_PER_DOUBLING, PERSON_SQL } from '../store/rollups.js';
import { whereSql, type Filter } from './filters.js';
import { agreedUseCases, mustSuppress, suppressCells, suppressionReason, type Counted } from './suppression.js';

export const BUCKETS = { day: 'day', week: 'week', month: 'month' } as const;
export type Bucket = keyof typeof BUCKETS;
export const GROUPS = { use_case: 'use_case', department: 'department', app: 'app', model: 'model', outcome: 'outcome' } as const;
export type GroupBy = keyof typeof GROUPS;
/** Groupings that can point at individual employees. */
const PERSONAL_GROUPS: ReadonlySet<GroupBy> = new Set(['department', 'app']);
const AGREED = '(SELECT value FROM json_each(@agreed))';

export interface AggregateQuery {
  filter: Filter;
  bucket: Bucket;
  groupBy?: GroupBy;
  minGroupSize: number;
}

export type AggregateResult = { suppressed: true; reason: string } | { suppressed?: false; bucket: Bucket; group_by: GroupBy | null; data: unknown[] };

/** Where the figures come from: the records (alias i) or the daily rollups (alias r). */
interface Source {
  bucket(b: Bucket): string;
  group(g: GroupBy): string;
  where(f: Filter): { sql: string; params: Record<string, unknown> };
  /** FROM ... for counting people, and the person and use-case expressions there. */
  people: { from: string; person: string; useCase: string };
}

const day = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso).toISOString().slice(0, 10);

const RECORDS: Source = {
  bucket: (b) => ({ day: 'substr(i.started_at, 1, 10)', week: "date(i.started_at, 'weekday 0', '-6 days')", month: 'substr(i.started_at, 1, 7)' })[b],
  group: (g) => ({ use_case: 'i.use_case', department: 'i.department', app: 'i.app', model: 'i.model_used', outcome: 'i.outcome' })[g],
  where: whereSql,
  people: { from: 'interactions i', person: PERSON_SQL, useCase: "coalesce(i.use_case, '')" },
};

/** The daily or monthly rows of the rollups (src/store/rollups.ts): month buckets read months. */
function rollups(period: 'day' | 'month'): Source {
  const monthly = period === 'month';
  const p = monthly ? 'substr(r.day, 2)' : 'r.day';
  return {
    bucket: (b) => ({ day: 'r.day', week: "date(r.day, 'weekday 0', '-6 days')", month: monthly ? p : 'substr(r.day, 1, 7)' })[b],
    group: (g) => `nullif(r.${g}, '')`,
    where(f) {
      const parts: string[] = [monthly ? "r.day >= 'M'" : "r.day < 'M'"];
      const params: Record<string, unknown> = {};
      const key = (d: string) => (monthly ? `M${d.slice(0, 7)}` : d);
      if (f.from) (parts.push('r.day >= @from'), (params.from = key(day(f.from))));
      // `to` is exclusive: the day (month) of its last millisecond is the last one counted.
      if (f.to) (parts.push('r.day <= @to'), (params.to = key(new Date(Date.parse(f.to.length === 10 ? `${f.to}T00:00:00Z` : f.to) - 1).toISOString().slice(0, 10))));
      for (const k of ['use_case', 'department', 'app', 'model', 'outcome'] as const) if (f[k]) (parts.push(`r.${k} = @${k}`), (params[k] = f[k]));
      return { sql: parts.join(' AND '), params };
    },
    people: { from: 'rollup_people r', person: 'r.person', useCase: 'r.use_case' },
  };
}
const ROLLUPS_DAY = rollups('day');
const ROLLUPS_MONTH = rollups('month');

export function createAggregates(sqlite: Database.Database, policy: () => Policy) {
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = sqlite.prepare(sql)));
    return s;
  };

  function run(
    q: AggregateQuery,
    src: Source,
    from: string,
    select: (bucket: string, group: string | null) => string,
    shape: (rows: any[]) => any[] = (rows) => rows,
    extra: Record<string, unknown> = {},
  ): AggregateResult {
    const agreed = agreedUseCases(policy());
    // People are counted in the same source (and period) as the figures.
    const people = src.people;
    const pw = src.where(q.filter);
    const countPeople = (extra: string, groupBy: string) =>
      prepare(`SELECT ${extra} count(DISTINCT ${people.person}) AS people, sum(${people.useCase} NOT IN ${AGREED}) AS not_agreed FROM ${people.from} WHERE ${pw.sql} ${groupBy}`);

    // A result filtered to one department, app or person is itself a small group when few people are in it.
    if (q.filter.department || q.filter.app || q.filter.user) {
      const cell = countPeople('', '').get({ ...pw.params, agreed }) as Counted;
      if (mustSuppress({ people: cell.people, not_agreed: cell.not_agreed ?? 0 }, q.minGroupSize)) return { suppressed: true, reason: suppressionReason(q.minGroupSize) };
    }
    const { sql: where, params } = src.where(q.filter);
    const group = q.groupBy ? src.group(q.groupBy) : null;
    const rows = shape(prepare(select(src.bucket(q.bucket), group).replace('%FROM%', `FROM ${from} WHERE ${where}`)).all({ ...params, ...extra, agreed }) as any[]);
    if (!q.groupBy || !PERSONAL_GROUPS.has(q.groupBy)) return { bucket: q.bucket, group_by: q.groupBy ?? null, data: rows };

    // The people behind each cell (a second, small query over the people rollup or the records).
    const cells = countPeople(`${src.bucket(q.bucket)} AS bucket, ${src.group(q.groupBy)} AS "group",`, 'GROUP BY bucket, "group"').all({ ...pw.params, agreed }) as (Counted & { bucket: string; group: string | null })[];
    const byCell = new Map(cells.map((c) => [`${c.bucket}\u0000${c.group}`, c]));
    const counted = rows.map((r) => ({ ...r, ...(byCell.get(`${r.bucket}\u0000${r.group}`) ?? { people: 0, not_agreed: 0 }) }));
    return { bucket: q.bucket, group_by: q.groupBy, data: suppressCells(counted, ['bucket', 'group'], q.minGroupSize) };
  }

  const groupCol = (group: string | null) => (group ? `, ${group} AS "group"` : '');
  const groupBy = (group: string | null) => `GROUP BY bucket${group ? ', "group"' : ''} ORDER BY bucket${group ? ', "group"' : ''}`;
  const rollupsFit = (f: Filter) => !f.rule && !f.user;
  const ROLLUPS = (q: AggregateQuery) => (q.bucket === 'month' ? ROLLUPS_MONTH : ROLLUPS_DAY);

  return {
    usage(q: AggregateQuery): AggregateResult {
      if (!rollupsFit(q.filter)) {
        return run(q, RECORDS, 'interactions i', (bucket, group) => `
          SELECT ${bucket} AS bucket${groupCol(group)}, count(*) AS interactions,
            sum(i.outcome = 'ok') AS ok, sum(i.outcome = 'blocked') AS blocked, sum(i.outcome = 'rejected') AS rejected,
            sum(i.outcome = 'error') AS error, sum(i.outcome = 'cancelled') AS cancelled,
            coalesce(sum(i.prompt_tokens), 0) AS prompt_tokens, coalesce(sum(i.completion_tokens), 0) AS completion_tokens,
            coalesce(sum(i.total_tokens), 0) AS total_tokens, sum(i.cost_eur) AS cost_eur, sum(i.energy_kwh) AS energy_kwh, sum(i.co2e_grams) AS co2e_grams
          %FROM% ${groupBy(group)}`);
      }
      const by = (o: string) => `sum(CASE WHEN r.outcome = '${o}' THEN r.interactions ELSE 0 END) AS ${o}`;
      return run(q, ROLLUPS(q), 'rollup_daily r', (bucket, group) => `
        SELECT ${bucket} AS bucket${groupCol(group)}, sum(r.interactions) AS interactions, ${['ok', 'blocked', 'rejected', 'error', 'cancelled'].map(by).join(', ')},
          sum(r.prompt_tokens) AS prompt_tokens, sum(r.completion_tokens) AS completion_tokens, sum(r.total_tokens) AS total_tokens,
          CASE WHEN sum(r.priced) > 0 THEN sum(r.cost_eur) END AS cost_eur, CASE WHEN sum(r.metered) > 0 THEN sum(r.energy_kwh) END AS energy_kwh, sum(r.co2e_grams) AS co2e_grams
        %FROM% ${groupBy(group)}`);
    },

    latency(q: AggregateQuery): AggregateResult {
      const fromRollups = rollupsFit(q.filter);
      const binned = fromRollups
        ? { src: ROLLUPS(q), from: 'rollup_latency r', bin: 'r.bin', n: 'sum(r.n)' }
        : { src: RECORDS, from: 'interactions i', bin: `CAST(round(log2(i.latency_ms + 1) * ${BINS_PER_DOUBLING}) AS INTEGER)`, n: 'count(*)' };
      return run(q, binned.src, binned.from, (bucket, group) => `
        SELECT bucket${group ? ', "group"' : ''}, json_group_array(json_array(bin, n)) AS histogram
        FROM (SELECT ${bucket} AS bucket${groupCol(group)}, ${binned.bin} AS bin, ${binned.n} AS n %FROM% GROUP BY bucket${group ? ', "group"' : ''}, bin)
        ${groupBy(group)}`,
      (rows) => rows.map(({ histogram, ...r }) => ({ ...r, ...percentiles(JSON.parse(histogram)) })));
    },

    /** Feedback given in the period (bucketed by when it was given), on interactions matching the filter. */
    feedback(q: AggregateQuery): AggregateResult {
      const f = { ...q.filter, from: undefined, to: undefined };
      const time = [q.filter.from ? 'f.updated_at >= @f_from' : '', q.filter.to ? 'f.updated_at < @f_to' : ''].filter(Boolean);
      const { sql: where, params } = whereSql(f);
      const all = { ...params, f_from: q.filter.from ? new Date(q.filter.from).toISOString() : undefined, f_to: q.filter.to ? new Date(q.filter.to).toISOString() : undefined };
      const cond = [where, ...time].join(' AND ');
      const bucket = { day: 'substr(f.updated_at, 1, 10)', week: "date(f.updated_at, 'weekday 0', '-6 days')", month: 'substr(f.updated_at, 1, 7)' }[q.bucket];
      const from = 'feedback f JOIN interactions i ON i.id = f.interaction_id';
      // Suppression counts people over the interactions of the same period.
      const result = run({ ...q, filter: f }, RECORDS, from, (_b, group) => `
        SELECT ${bucket} AS bucket${groupCol(group)}, count(*) AS feedback, sum(f.helpful) AS helpful, round(1.0 * sum(f.helpful) / count(*), 4) AS helpful_ratio
        FROM ${from} WHERE ${cond} ${groupBy(group)}`, undefined, time.length ? Object.fromEntries(Object.entries(all).filter(([k, v]) => k.startsWith('f_') && v !== undefined)) : {});
      if (result.suppressed === true) return result;
      const group = q.groupBy ? RECORDS.group(q.groupBy) : null;
      const rows = prepare(`SELECT ${bucket} AS bucket${groupCol(group)}, r.value AS reason, count(*) AS n FROM ${from}, json_each(f.reasons) r WHERE ${cond} GROUP BY bucket${group ? ', "group"' : ''}, reason`).all(all) as { bucket: string; group?: string; reason: string; n: number }[];
      const reasons = new Map<string, Record<string, number>>();
      for (const r of rows) {
        const key = `${r.bucket}\u0000${r.group ?? null}`;
        reasons.set(key, { ...reasons.get(key), [r.reason]: r.n });
      }
      for (const cell of result.data as any[]) if (!cell.suppressed) cell.reasons = reasons.get(`${cell.bucket}\u0000${cell.group ?? null}`) ?? {};
      return result;
    },

    blocks(q: AggregateQuery): AggregateResult {
      return run({ ...q, filter: { ...q.filter, outcome: 'blocked' }, groupBy: undefined }, RECORDS, "interactions i, json_each(i.decision, '$.rules') r", (bucket) => `
        SELECT ${bucket} AS bucket, json_extract(r.value, '$.id') AS rule, i.use_case AS use_case, count(*) AS blocked
        %FROM% AND json_extract(r.value, '$.action') = 'block' GROUP BY bucket, rule, use_case ORDER BY bucket, blocked DESC`);
    },

    pii(q: AggregateQuery): AggregateResult {
      const query = { ...q, groupBy: undefined };
      if (!rollupsFit(q.filter)) {
        return run(query, RECORDS, 'interactions i, json_each(i.pii_receipt) t', (bucket) => `
          SELECT ${bucket} AS bucket, i.use_case AS use_case, t.key AS type, sum(json_extract(t.value, '$.count')) AS found, count(*) AS interactions
          %FROM% AND i.pii_receipt <> '{}' GROUP BY bucket, use_case, type ORDER BY bucket, use_case, found DESC`);
      }
      return run(query, ROLLUPS(q), 'rollup_pii r', (bucket) => `
        SELECT ${bucket} AS bucket, nullif(r.use_case, '') AS use_case, r.type AS type, sum(r.found) AS found, sum(r.interactions) AS interactions
        %FROM% GROUP BY bucket, use_case, type ORDER BY bucket, use_case, found DESC`);
    },
  };
}

export type Aggregates = ReturnType<typeof createAggregates>;

/** p50 and p95 from a log-binned histogram [[bin, count], ...]. */
function percentiles(histogram: [number, number][]): { count: number; p50_ms: number | null; p95_ms: number | null } {
  histogram.sort((a, b) => a[0] - b[0]);
  const count = histogram.reduce((s, [, n]) => s + n, 0);
  const at = (p: number) => {
    const rank = Math.ceil(p * count);
    let seen = 0;
    for (const [bin, n] of histogram) {
      seen += n;
      if (seen >= rank) return Math.round((2 ** (bin / BINS_PER_DOUBLING) - 1) * 10) / 10;
    }
    return null;
  };
  return { count, p50_ms: count ? at(0.5) : null, p95_ms: count ? at(0.95) : null };
}
