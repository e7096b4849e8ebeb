/** The database schema as code. Migrations are generated from it by drizzle-kit into drizzle/. */
import { sqliteTable, text, integer, real, index } from 'drizzle-orm/sqlite-core';

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
  },
  (t) => [index('interactions_started_at').on(t.startedAt), index('interactions_app').on(t.app)],
);
