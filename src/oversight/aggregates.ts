/**
 * Dashboard aggregates over interactions, bucketed by day, week (ISO, from Monday) or month: usage
 * (counts per outcome, tokens, cost, energy, CO2e), latency p50/p95, feedback (ratio, reasons), blocks per
 * rule, PII types per use case. Breakdowns by department or app go through small-group suppression.
 */
import type Database from 'better-sqlite3';
import type { Policy } from '../policy/index.js';
import { whereSql, type Filter } from './filters.js';
import { agreedUseCases, mustSuppress, suppressCells, suppressionReason, type Counted } from './suppression.js';

export const BUCKETS = { day: 'substr(i.started_at, 1, 10)', week: "date(i.started_at, 'weekday 0', '-6 days')", month: 'substr(i.started_at, 1, 7)' } as const;
export type Bucket = keyof typeof BUCKETS;
export const GROUPS = { use_case: 'i.use_case', department: 'i.department', app: 'i.app', model: 'i.model_used', outcome: 'i.outcome' } as const;
export type GroupBy = keyof typeof GROUPS;
/** Groupings that can point at individual employees. */
const PERSONAL_GROUPS: ReadonlySet<GroupBy> = new Set(['department', 'app']);
const PEOPLE = "count(DISTINCT coalesce(i.user_pseudonym, 'key:' || i.key_id))";
const NOT_AGREED = "sum(coalesce(i.use_case, '') NOT IN (SELECT value FROM json_each(@agreed)))";
/** Latency histogram: 16 bins per doubling (about ±2% on a percentile). */
const BINS_PER_DOUBLING = 16;

export interface AggregateQuery {
  filter: Filter;
  bucket: Bucket;
  groupBy?: GroupBy;
  minGroupSize: number;
}

export type AggregateResult = { suppressed: true; reason: string } | { suppressed?: false; bucket: Bucket; group_by: GroupBy | null; data: unknown[] };

export function createAggregates(sqlite: Database.Database, policy: () => Policy) {
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = sqlite.prepare(sql)));
    return s;
  };

  /** A result filtered to one department, app or person is itself a small group when few people are in it. */
  function wholeSuppressed(q: AggregateQuery, where: string, params: Record<string, unknown>): AggregateResult | undefined {
    if (!q.filter.department && !q.filter.app && !q.filter.user) return undefined;
    const cell = prepare(`SELECT ${PEOPLE} AS people, coalesce(${NOT_AGREED}, 0) AS not_agreed FROM interactions i WHERE ${where}`).get(params) as Counted;
    return mustSuppress(cell, q.minGroupSize) ? { suppressed: true, reason: suppressionReason(q.minGroupSize) } : undefined;
  }

  /**
   * `select` gets the bucket and group expressions, and `people`: the columns counting the people behind
   * each cell, to include when the query can (one pass); otherwise they are counted in a second query.
   */
  function run(q: AggregateQuery, select: (bucket: string, group: string | null, people: string | null) => string, shape: (rows: any[]) => any[], from = 'interactions i', inline = false): AggregateResult {
    const { sql: where, params } = whereSql(q.filter);
    const all = { ...params, agreed: agreedUseCases(policy()) };
    const whole = wholeSuppressed(q, where, all);
    if (whole) return whole;
    const group = q.groupBy ? GROUPS[q.groupBy] : null;
    const fromWhere = `FROM ${from} WHERE ${where}`;
    const counting = !!q.groupBy && PERSONAL_GROUPS.has(q.groupBy);
    const peopleColumns = counting && inline ? `, ${PEOPLE} AS people, ${NOT_AGREED} AS not_agreed` : null;
    const rows = shape(prepare(select(BUCKETS[q.bucket], group, peopleColumns).replace('%FROM%', fromWhere)).all(all) as any[]);
    if (!counting) return { bucket: q.bucket, group_by: q.groupBy ?? null, data: rows };
    if (peopleColumns) return { bucket: q.bucket, group_by: q.groupBy!, data: suppressCells(rows, ['bucket', 'group'], q.minGroupSize) };
    // People behind each cell, counted over the same records.
    const people = prepare(`SELECT ${BUCKETS[q.bucket]} AS bucket, ${group} AS "group", ${PEOPLE} AS people, ${NOT_AGREED} AS not_agreed ${fromWhere} GROUP BY bucket, "group"`).all(all) as (Counted & { bucket: string; group: string | null })[];
    const byCell = new Map(people.map((p) => [`${p.bucket}\u0000${p.group}`, p]));
    const counted = rows.map((r) => ({ ...r, ...(byCell.get(`${r.bucket}\u0000${r.group}`) ?? { people: 0, not_agreed: 0 }) }));
    return { bucket: q.bucket, group_by: q.groupBy ?? null, data: suppressCells(counted, ['bucket', 'group'], q.minGroupSize) };
  }

  const groupCol = (group: string | null) => (group ? `, ${group} AS "group"` : '');
  const groupBy = (group: string | null) => `GROUP BY bucket${group ? ', "group"' : ''} ORDER BY bucket${group ? ', "group"' : ''}`;

  return {
    usage(q: AggregateQuery): AggregateResult {
      return run(q, (bucket, group, people) => `
        SELECT ${bucket} AS bucket${groupCol(group)}${people ?? ''}, count(*) AS interactions,
          sum(i.outcome = 'ok') AS ok, sum(i.outcome = 'blocked') AS blocked, sum(i.outcome = 'rejected') AS rejected,
          sum(i.outcome = 'error') AS error, sum(i.outcome = 'cancelled') AS cancelled,
          coalesce(sum(i.prompt_tokens), 0) AS prompt_tokens, coalesce(sum(i.completion_tokens), 0) AS completion_tokens,
          coalesce(sum(i.total_tokens), 0) AS total_tokens, sum(i.cost_eur) AS cost_eur, sum(i.energy_kwh) AS energy_kwh, sum(i.co2e_grams) AS co2e_grams
        %FROM% ${groupBy(group)}`, (rows) => rows, 'interactions i', true);
    },

    latency(q: AggregateQuery): AggregateResult {
      return run(q, (bucket, group) => `
        SELECT bucket${group ? ', "group"' : ''}, json_group_array(json_array(bin, n)) AS histogram
        FROM (SELECT ${bucket} AS bucket${groupCol(group)}, CAST(round(log2(i.latency_ms + 1) * ${BINS_PER_DOUBLING}) AS INTEGER) AS bin, count(*) AS n
              %FROM% GROUP BY bucket${group ? ', "group"' : ''}, bin)
        ${groupBy(group)}`, (rows) => rows.map(({ histogram, ...r }) => ({ ...r, ...percentiles(JSON.parse(histogram)) })));
    },

    feedback(q: AggregateQuery): AggregateResult {
      const from = 'feedback f JOIN interactions i ON i.id = f.interaction_id';
      const reasons = new Map<string, Record<string, number>>();
      const result = run(q, (bucket, group) => `
        SELECT ${bucket} AS bucket${groupCol(group)}, count(*) AS feedback, sum(f.helpful) AS helpful, round(1.0 * sum(f.helpful) / count(*), 4) AS helpful_ratio
        %FROM% ${groupBy(group)}`, (rows) => rows, from);
      if (result.suppressed === true) return result;
      const { sql: where, params } = whereSql(q.filter);
      const group = q.groupBy ? GROUPS[q.groupBy] : null;
      const rows = prepare(`SELECT ${BUCKETS[q.bucket]} AS bucket${groupCol(group)}, r.value AS reason, count(*) AS n FROM ${from}, json_each(f.reasons) r WHERE ${where} GROUP BY bucket${group ? ', "group"' : ''}, reason`).all(params) as { bucket: string; group?: string; reason: string; n: number }[];
      for (const r of rows) {
        const key = `${r.bucket}\u0000${r.group ?? null}`;
        reasons.set(key, { ...reasons.get(key), [r.reason]: r.n });
      }
      for (const cell of result.data as any[]) if (!cell.suppressed) cell.reasons = reasons.get(`${cell.bucket}\u0000${cell.group ?? null}`) ?? {};
      return result;
    },

    blocks(q: AggregateQuery): AggregateResult {
      return run({ ...q, filter: { ...q.filter, outcome: 'blocked' }, groupBy: undefined }, (bucket) => `
        SELECT ${bucket} AS bucket, json_extract(r.value, '$.id') AS rule, i.use_case AS use_case, count(*) AS blocked
        %FROM% AND json_extract(r.value, '$.action') = 'block' GROUP BY bucket, rule, use_case ORDER BY bucket, blocked DESC`,
      (rows) => rows, "interactions i, json_each(i.decision, '$.rules') r");
    },

    pii(q: AggregateQuery): AggregateResult {
      return run({ ...q, groupBy: undefined }, (bucket) => `
        SELECT ${bucket} AS bucket, i.use_case AS use_case, t.key AS type, sum(json_extract(t.value, '$.count')) AS found, count(*) AS interactions
        %FROM% AND i.pii_receipt <> '{}' GROUP BY bucket, use_case, type ORDER BY bucket, use_case, found DESC`,
      (rows) => rows, 'interactions i, json_each(i.pii_receipt) t');
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
