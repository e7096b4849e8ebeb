/** The compiled policy: what the loader builds once and the evaluator, resolver and router read. */
import type { DataClass, RiskClass, RuleAction } from './schema.js';
import type { EntityType, OperatorTable } from './pii-types.js';

export type { DataClass, RiskClass, RuleAction };

export interface Bilingual {
  nl: string;
  en: string;
}

export interface Requirements {
  /** Lowercased allowed regions; undefined = any region. */
  regions?: readonly string[];
  noTraining: boolean;
  maxRetentionDays?: number;
  zeroDataRetention: boolean;
  selfHosted: boolean;
  contractRequired: boolean;
}

export interface UseCase {
  id: string;
  name: string;
  purpose: string;
  owner: string;
  /** Empty = every department. */
  departments: readonly string[];
  riskClass: RiskClass;
  dataClasses: readonly DataClass[];
  /** Allowed model names and aliases; empty = any model. */
  models: readonly string[];
  /** This use case's own operators (merge with the defaults through `policy.operatorsFor`). */
  pii: OperatorTable;
  requirements: Requirements;
  storeAllowed: boolean;
  userField: 'pseudonymise' | 'drop';
  /** AI-generated-content notice (AI Act art. 50). */
  notice?: Bilingual;
  retention: { contentDays: number; metadataDays: number };
  contentStorage: 'none' | 'pseudonymised';
  references: { dpia?: string; iama?: string; algoritmeregister?: string; verwerkingsregister?: string };
  status: 'active' | 'suspended';
  worksCouncilAgreed: boolean;
  /** The file it was declared in (relative to the policy directory). */
  file: string;
}

export interface CompiledRule {
  id: string;
  description: { nl: string; en?: string };
  source: string;
  action: RuleAction;
  message?: Bilingual;
  file: string;
  /** One alternation of all case-insensitive patterns, run on lowercased normalised text. */
  pattern?: RegExp;
  /** One alternation of all case-sensitive patterns, run on normalised text with case kept. */
  casedPattern?: RegExp;
  /** The single patterns (for explaining which one matched); only used after the alternation hit. */
  patternSources: readonly { source: string; re: RegExp; cased: boolean }[];
  piiTypes: ReadonlySet<EntityType>;
  useCases: ReadonlySet<string>;
  notUseCases: ReadonlySet<string>;
  departments: ReadonlySet<string>;
  models: ReadonlySet<string>;
  unlessDataClasses: readonly DataClass[];
}

export interface EvaluateInput {
  useCase: UseCase;
  /** The concatenated prompt text (raw; normalised here). */
  text: string;
  /** Entity types the PII analyzer found. */
  piiTypes?: Iterable<EntityType>;
  /** The model the client asked for (alias or name). */
  model?: string;
  department?: string | null;
}

export interface MatchedRule {
  id: string;
  action: RuleAction;
  source: string;
  description: { nl: string; en?: string };
  message?: Bilingual;
  /** Why it matched, without quoting the prompt (it may hold personal data). */
  reasons: string[];
}

export interface Decision {
  action: RuleAction;
  matched: MatchedRule[];
  /** Messages of matched warn/review rules, "nl / en", for the response notice and the UI. */
  notices: string[];
}
