/** The database schema as code. Migrations are generated from it by drizzle-kit into drizzle/. */
import { sqliteTable, text, integer, real, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';

export const appKeys = sqliteTable('app_keys', {
  id: text('id').primaryKey(),
  /** The visible start of the key, to find it and to show it in listings. */
  prefix: text('prefix').notNull().unique(),
  /** sha256 of the whole key; the key itself is never stored. */
  hash: text('hash').notNull(),
  app: text('app').notNull(),
  department: text('department'),
  role: text('role').notNull().default('app'),
  /** Use cases this key may act under (JSON array of ids); empty: only the policy's default. */
  useCases: text('use_cases', { mode: 'json' }).$type<string[]>().notNull().default([]),
  defaultUseCase: text('default_use_case'),
  createdAt: text('created_at').notNull(),
  revokedAt: text('revoked_at'),
});

export const interactions = sqliteTable(
  'interactions',
  {
    id: text('id').primaryKey(),
    startedAt: text('started_at').notNull(),
    endedAt: text('ended_at').notNull(),
    door: text('door').notNull(),
    keyId: text('key_id'),
    app: text('app'),
    department: text('department'),
    useCase: text('use_case'),
    policyVersion: text('policy_version'),
    modelRequested: text('model_requested'),
    modelUsed: text('model_used'),
    provider: text('provider'),
    stream: integer('stream', { mode: 'boolean' }).notNull(),
    status: integer('status').notNull(),
    outcome: text('outcome').notNull(),
    errorCode: text('error_code'),
    latencyMs: real('latency_ms').notNull(),
    upstreamMs: real('upstream_ms'),
    overheadMs: real('overhead_ms').notNull(),
    promptTokens: integer('prompt_tokens'),
    completionTokens: integer('completion_tokens'),
    totalTokens: integer('total_tokens'),
    /** Policy decision: action, rules matched (id, action, source), notices. JSON. */
    decision: text('decision'),
    /** Flagged by a 'review' rule for a person to look at. */
    review: integer('review', { mode: 'boolean' }).notNull().default(false),
    /** Per entity type: count and operator. Never values. JSON. */
    piiReceipt: text('pii_receipt'),
    /** Provider chosen and why: model chain, providers refused with reasons. JSON. */
    route: text('route'),
    /** The messages exactly as sent upstream (after the gateway's own processing: pseudonymised), JSON. */
    requestMessages: text('request_messages'),
    /** The answer as the provider wrote it (placeholders, never restored values). Content, like requestMessages. */
    answer: text('answer'),
    /** Stable pseudonym of the end user the app named (`user`), per app key; never the raw id. */
    userPseudonym: text('user_pseudonym'),
    providerRegion: text('provider_region'),
    /** Computed when recorded, from the price table and energy factors in force then. */
    costEur: real('cost_eur'),
    energyKwh: real('energy_kwh'),
    co2eGrams: real('co2e_grams'),
    /** Hash chain (see src/oversight/chain.ts): position, previous record's hash, this record's hash. */
    seq: integer('seq'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
    /** sha256 of the content fields; kept when content is erased so the chain still verifies. */
    contentHash: text('content_hash'),
    /** Set when content was erased (retention or a data-subject request); not part of the hash. */
    contentErasedAt: text('content_erased_at'),
    contentErasedReason: text('content_erased_reason'),
  },
  (t) => [
    index('interactions_started_at').on(t.startedAt),
    index('interactions_app').on(t.app),
    uniqueIndex('interactions_seq').on(t.seq),
    index('interactions_user').on(t.userPseudonym),
    index('interactions_use_case_started').on(t.useCase, t.startedAt),
    index('interactions_outcome_started').on(t.outcome, t.startedAt),
  ],
);

/*
 * Daily rollups for the dashboards, added in a batch just after the records (src/store/rollups.ts)
 * and rebuilt for the days a purge touched. Dimensions are '' where the record has none.
 */
const rollupKey = {
  day: text('day').notNull(),
  useCase: text('use_case').notNull(),
  department: text('department').notNull(),
  app: text('app').notNull(),
  model: text('model').notNull(),
  outcome: text('outcome').notNull(),
};

export const rollupDaily = sqliteTable(
  'rollup_daily',
  {
    ...rollupKey,
    interactions: integer('interactions').notNull(),
    promptTokens: integer('prompt_tokens').notNull(),
    completionTokens: integer('completion_tokens').notNull(),
    totalTokens: integer('total_tokens').notNull(),
    /** Records that had a price / energy figure, so a sum of nothing shows as null, not 0. */
    priced: integer('priced').notNull(),
    costEur: real('cost_eur').notNull(),
    metered: integer('metered').notNull(),
    energyKwh: real('energy_kwh').notNull(),
    co2eGrams: real('co2e_grams'),
  },
  (t) => [primaryKey({ columns: [t.day, t.useCase, t.department, t.app, t.model, t.outcome] })],
);

/** Latency histogram: 16 bins per doubling of (latency_ms + 1). */
export const rollupLatency = sqliteTable(
  'rollup_latency',
  { ...rollupKey, bin: integer('bin').notNull(), n: integer('n').notNull() },
  (t) => [primaryKey({ columns: [t.day, t.useCase, t.department, t.app, t.model, t.outcome, t.bin] })],
);

export const rollupPii = sqliteTable(
  'rollup_pii',
  { ...rollupKey, type: text('type').notNull(), found: integer('found').notNull(), interactions: integer('interactions').notNull() },
  (t) => [primaryKey({ columns: [t.day, t.useCase, t.department, t.app, t.model, t.outcome, t.type] })],
);

/** Who was active per day and group, for small-group suppression (pseudonyms; purged with the records). */
export const rollupPeople = sqliteTable(
  'rollup_people',
  { ...rollupKey, person: text('person').notNull() },
  (t) => [primaryKey({ columns: [t.day, t.useCase, t.department, t.app, t.model, t.outcome, t.person] })],
);

/** Up to which interaction (seq) the rollups are complete: they are added just after the record, off the request path. */
export const rollupState = sqliteTable('rollup_state', {
  id: integer('id').primaryKey(),
  seq: integer('seq').notNull(),
});

/** The last position and hash of each chain, updated in the same transaction as every append. */
export const chainHeads = sqliteTable('chain_heads', {
  chain: text('chain').primaryKey(),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
});

/**
 * What is left of an interaction record whose metadata was purged: its place in the chain. Nothing
 * about the interaction itself, so the chain keeps verifying after retention has done its work.
 */
export const interactionTombstones = sqliteTable('interaction_tombstones', {
  seq: integer('seq').primaryKey(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  purgeId: text('purge_id').notNull(),
});

/**
 * Append-only log of everything that changes state around the record: feedback, incidents and their
 * status, suspensions, legal holds, purges, content reads, erasures, exports. Its own hash chain.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    kind: text('kind').notNull(),
    /** Key id (or "cli:<user>", "system") that caused it. */
    actor: text('actor').notNull(),
    /** What it is about: an interaction id, incident id, use case id, pseudonym. */
    subject: text('subject'),
    details: text('details').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_events_kind_subject').on(t.kind, t.subject)],
);

export const feedback = sqliteTable(
  'feedback',
  {
    id: text('id').primaryKey(),
    interactionId: text('interaction_id').notNull(),
    /** Who gave it: the user pseudonym, or "key:<id>" when the app named no user. One per giver per interaction. */
    giver: text('giver').notNull(),
    keyId: text('key_id').notNull(),
    helpful: integer('helpful', { mode: 'boolean' }).notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** Pseudonymised comment; null when none was given or it was erased. */
    comment: text('comment'),
    commentReceipt: text('comment_receipt'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('feedback_interaction_giver').on(t.interactionId, t.giver), index('feedback_updated').on(t.updatedAt)],
);

export const incidents = sqliteTable('incidents', {
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  /** When the deployer became aware (art. 73 counts from then); defaults to createdAt. */
  awareAt: text('aware_at').notNull(),
  reporterKeyId: text('reporter_key_id').notNull(),
  reporterUser: text('reporter_user'),
  category: text('category').notNull(),
  severity: text('severity').notNull(),
  seriousKind: text('serious_kind'),
  /** Pseudonymised. */
  description: text('description').notNull(),
  descriptionReceipt: text('description_receipt'),
  /** Use cases of the linked interactions (JSON array). */
  useCases: text('use_cases', { mode: 'json' }).$type<string[]>().notNull().default([]),
  status: text('status').notNull(),
  reportingDeadline: text('reporting_deadline'),
  updatedAt: text('updated_at').notNull(),
});

export const incidentInteractions = sqliteTable(
  'incident_interactions',
  {
    incidentId: text('incident_id').notNull().references(() => incidents.id),
    interactionId: text('interaction_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.interactionId] }), index('incident_interactions_interaction').on(t.interactionId)],
);

export const incidentHistory = sqliteTable(
  'incident_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    incidentId: text('incident_id').notNull().references(() => incidents.id),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    note: text('note'),
  },
  (t) => [index('incident_history_incident').on(t.incidentId)],
);

/** Use cases halted at runtime (AI Act art. 26(5)); active while liftedAt is null. */
export const suspensions = sqliteTable(
  'suspensions',
  {
    id: text('id').primaryKey(),
    useCase: text('use_case').notNull(),
    suspendedAt: text('suspended_at').notNull(),
    suspendedBy: text('suspended_by').notNull(),
    incidentId: text('incident_id'),
    reason: text('reason').notNull(),
    liftedAt: text('lifted_at'),
    liftedBy: text('lifted_by'),
  },
  (t) => [index('suspensions_use_case').on(t.useCase)],
);

/** Legal holds stop deletion (retention and erasure) of a use case's or one interaction's records. */
export const legalHolds = sqliteTable('legal_holds', {
  id: text('id').primaryKey(),
  scope: text('scope').notNull(), // 'use_case' | 'interaction'
  target: text('target').notNull(),
  reason: text('reason').notNull(),
  placedAt: text('placed_at').notNull(),
  placedBy: text('placed_by').notNull(),
  releasedAt: text('released_at'),
  releasedBy: text('released_by'),
});

/** Every purge run: when, why, what it did. Also an audit event (with the chain digest of the tombstones). */
export const purges = sqliteTable('purges', {
  id: text('id').primaryKey(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at').notNull(),
  trigger: text('trigger').notNull(),
  contentErased: integer('content_erased').notNull(),
  metadataDeleted: integer('metadata_deleted').notNull(),
  heldBack: integer('held_back').notNull(),
  details: text('details').notNull(),
});
