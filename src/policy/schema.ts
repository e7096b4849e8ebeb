/**
 * The policy file format, as code. A policy set is every `*.yaml` / `*.yml` file directly in one
 * directory, merged (see loader.ts). Field names are snake_case as a privacy officer writes them; the
 * compiled, camelCase form lives in types.ts.
 *
 * Problems are reported with `params: { nl, en }` so the loader can show them in both languages.
 */
import { z } from 'zod';
import { ENTITY_TYPES, OPERATORS } from './pii-types.js';

export const RISK_CLASSES = ['minimal', 'limited', 'high-risk'] as const;
export const DATA_CLASSES = ['openbaar', 'intern', 'vertrouwelijk', 'persoonsgegevens', 'bijzondere_persoonsgegevens'] as const;
export const RULE_ACTIONS = ['allow', 'warn', 'block', 'review'] as const;

/** AI Act art. 19(1) / 26(6): deployers keep the logs of a high-risk system for at least six months. */
export const HIGH_RISK_MIN_METADATA_DAYS = 183;

const PROHIBITED = /prohibit|unaccept|forbidden|verbod|verboden|onaanvaardba|onacceptabel|art(ikel)?\.? ?5/i;
const ID = /^[a-z0-9][a-z0-9_-]*$/;

type Ctx = z.RefinementCtx;
function problem(ctx: Ctx, path: (string | number)[], nl: string, en: string): void {
  ctx.addIssue({ code: 'custom', message: en, path, params: { nl, en } });
}

const text = z.string().trim().min(1);
const id = z.string().superRefine((value, ctx) => {
  if (!ID.test(value)) {
    problem(ctx, [],
      `"${value}" moet bestaan uit kleine letters, cijfers, - en _ (bijv. "brieven-herschrijven")`,
      `"${value}" must consist of lowercase letters, digits, - and _ (e.g. "brieven-herschrijven")`);
  }
});
const stringList = z.array(text).default([]);
const dataClass = z.enum(DATA_CLASSES);
const entityType = z.enum(ENTITY_TYPES);
const operator = z.enum(OPERATORS);
const bilingual = z.strictObject({ nl: text, en: text });

/** PII operator per entity type, plus `default` for the types not named. */
export const operatorTableSchema = z.strictObject(
  Object.fromEntries([...ENTITY_TYPES, 'default'].map((k) => [k, operator.optional()])) as Record<
    (typeof ENTITY_TYPES)[number] | 'default',
    z.ZodOptional<typeof operator>
  >,
);

export const requirementsSchema = z.strictObject({
  /** Allowed provider regions (compared case-insensitively with the provider's `region`). Absent = any. */
  regions: z.array(text).min(1).optional(),
  no_training: z.boolean().default(false),
  max_retention_days: z.number().int().min(0).optional(),
  zero_data_retention: z.boolean().default(false),
  self_hosted: z.boolean().default(false),
  /** The provider must have a contract / DPA reference configured. */
  contract_required: z.boolean().default(false),
});

export const useCaseSchema = z
  .strictObject({
    id,
    name: text,
    purpose: text,
    owner: text,
    departments: stringList,
    risk_class: z.string().superRefine((risk, ctx) => {
      if ((RISK_CLASSES as readonly string[]).includes(risk)) return;
      if (PROHIBITED.test(risk)) {
        problem(ctx, [],
          `"${risk}": verboden AI-praktijken kunnen niet worden geregistreerd (AI-verordening art. 5)`,
          `"${risk}": prohibited AI practices cannot be registered (AI Act art. 5)`);
      } else {
        problem(ctx, [],
          `"${risk}" is geen risicoklasse; kies minimal, limited of high-risk`,
          `"${risk}" is not a risk class; choose minimal, limited or high-risk`);
      }
    }),
    data_classes: z.array(dataClass).min(1),
    models: stringList,
    pii: operatorTableSchema.prefault({}),
    requirements: requirementsSchema.prefault({}),
    store_allowed: z.boolean().default(false),
    user_field: z.enum(['pseudonymise', 'drop']).default('pseudonymise'),
    notice: bilingual.optional(),
    retention: z
      .strictObject({
        content_days: z.number().int().min(0).default(0),
        metadata_days: z.number().int().min(0).default(365),
      })
      .prefault({}),
    content_storage: z.enum(['none', 'pseudonymised']).default('none'),
    references: z
      .strictObject({ dpia: text.optional(), iama: text.optional(), algoritmeregister: text.optional(), verwerkingsregister: text.optional() })
      .prefault({}),
    status: z.enum(['active', 'suspended']).default('active'),
    works_council_agreed: z.boolean().default(false),
  })
  .superRefine((uc, ctx) => {
    const risk = uc.risk_class;
    if (risk === 'high-risk' && uc.retention.metadata_days < HIGH_RISK_MIN_METADATA_DAYS) {
      problem(ctx, ['retention', 'metadata_days'],
        `hoog-risico: logs minstens ${HIGH_RISK_MIN_METADATA_DAYS} dagen bewaren (AI-verordening art. 19 en 26(6)), niet ${uc.retention.metadata_days}`,
        `high-risk: logs must be kept at least ${HIGH_RISK_MIN_METADATA_DAYS} days (AI Act art. 19 and 26(6)), not ${uc.retention.metadata_days}`);
    }
    if (uc.content_storage === 'none' && uc.retention.content_days > 0) {
      problem(ctx, ['retention', 'content_days'],
        'content_storage is "none", dus content_days moet 0 zijn',
        'content_storage is "none", so content_days must be 0');
    }
  });

const ruleMatchSchema = z.strictObject({
  /** Regular expressions, case-insensitive, on the normalised (lowercased, diacritics-free) prompt. Any one suffices. */
  patterns: stringList,
  /** Regular expressions matched with case, for markings such as "VERTROUWELIJK". Any one suffices. */
  patterns_case_sensitive: stringList,
  pii_types: z.array(entityType).default([]),
  use_cases: stringList,
  not_use_cases: stringList,
  departments: stringList,
  models: stringList,
  /** The rule does not apply when the use case's data classes include (one of) these. */
  unless_data_class: z.union([dataClass, z.array(dataClass).min(1)]).optional(),
});

export const ruleSchema = z
  .strictObject({
    id,
    description: z.union([text, z.strictObject({ nl: text, en: text.optional() })]),
    source: text,
    action: z.enum(RULE_ACTIONS),
    message: bilingual.optional(),
    match: ruleMatchSchema,
  })
  .superRefine((rule, ctx) => {
    if (rule.action !== 'allow' && !rule.message) {
      problem(ctx, ['message'],
        `ontbreekt; een ${rule.action}-regel heeft een bericht nodig ({ nl, en })`,
        `is missing; a ${rule.action} rule needs a message ({ nl, en })`);
    }
    const m = rule.match;
    const conditions = m.patterns.length + m.patterns_case_sensitive.length + m.pii_types.length + m.use_cases.length
      + m.not_use_cases.length + m.departments.length + m.models.length;
    if (conditions === 0) {
      problem(ctx, ['match'],
        'heeft geen enkele voorwaarde; een regel zonder voorwaarden zou op alles van toepassing zijn',
        'has no condition at all; a rule without conditions would apply to everything');
    }
  });

export const policyFileSchema = z.strictObject({
  /** Free text about this file, for people. */
  description: z.string().optional(),
  defaults: z
    .strictObject({
      use_case: text.optional(),
      pii: operatorTableSchema.optional(),
    })
    .optional(),
  model_aliases: z.record(id, z.array(text).min(1)).default({}),
  use_cases: z.array(useCaseSchema).default([]),
  rules: z.array(ruleSchema).default([]),
});

export type PolicyFile = z.infer<typeof policyFileSchema>;
export type UseCaseInput = z.infer<typeof useCaseSchema>;
export type RuleInput = z.infer<typeof ruleSchema>;
export type RequirementsInput = z.infer<typeof requirementsSchema>;
export type RiskClass = (typeof RISK_CLASSES)[number];
export type DataClass = (typeof DATA_CLASSES)[number];
export type RuleAction = (typeof RULE_ACTIONS)[number];
