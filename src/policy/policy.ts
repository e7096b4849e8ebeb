/**
 * A loaded, compiled policy set. Immutable: a reload builds a new one (see holder.ts), so a request
 * keeps deciding with the Policy object it took even while the files change.
 */
import type { Provider } from '../gateway/types.js';
import type { OperatorTable } from './pii-types.js';
import type { CompiledRule, Decision, EvaluateInput, UseCase } from './types.js';
import type { PolicyIssue } from './errors.js';
import { evaluate, type EvaluateOptions } from './evaluator.js';
import { textIndexFor, type TextIndex } from './prefilter.js';
import { operatorsFor, resolveUseCase, type KeyUseCases } from './use-cases.js';
import { route, type RouteResult } from './routing.js';

export interface PolicyInit {
  dir: string;
  files: readonly string[];
  version: string;
  useCases: ReadonlyMap<string, UseCase>;
  rules: readonly CompiledRule[];
  modelAliases: ReadonlyMap<string, readonly string[]>;
  defaults: { useCase?: string; pii: OperatorTable };
  warnings: readonly PolicyIssue[];
}

export class Policy {
  readonly dir: string;
  readonly files: readonly string[];
  /** Short hash of the files' names and contents: record it with each decision. */
  readonly version: string;
  readonly loadedAt: Date;
  readonly useCases: ReadonlyMap<string, UseCase>;
  readonly rules: readonly CompiledRule[];
  readonly modelAliases: ReadonlyMap<string, readonly string[]>;
  readonly defaults: { readonly useCase?: string; readonly pii: OperatorTable };
  /** Problems that do not stop loading but a privacy officer should see (`policy check` prints them). */
  readonly warnings: readonly PolicyIssue[];
  /** The rules' literal prefilter (one Aho-Corasick automaton), built once per rule list. */
  readonly textIndex: TextIndex;

  constructor(init: PolicyInit) {
    this.dir = init.dir;
    this.files = init.files;
    this.version = init.version;
    this.loadedAt = new Date();
    this.useCases = init.useCases;
    this.rules = init.rules;
    this.modelAliases = init.modelAliases;
    this.defaults = init.defaults;
    this.warnings = init.warnings;
    this.textIndex = textIndexFor(init.rules);
    Object.freeze(this);
  }

  useCase(id: string): UseCase | undefined {
    return this.useCases.get(id);
  }

  /** An alias → its ordered model list; a plain model name → itself. */
  expandModel(name: string): readonly string[] {
    return this.modelAliases.get(name) ?? [name];
  }

  evaluate(input: EvaluateInput, options?: EvaluateOptions): Decision {
    return evaluate(this, input, options);
  }

  resolveUseCase(requested: string | undefined | null, key: KeyUseCases): UseCase {
    return resolveUseCase(this, requested, key);
  }

  operatorsFor(useCase: UseCase): OperatorTable {
    return operatorsFor(this, useCase);
  }

  route(
    useCase: UseCase,
    requestedModel: string,
    providers: readonly Provider[],
    forModel: (model: string) => Provider | undefined,
  ): RouteResult {
    return route(this, useCase, requestedModel, providers, forModel);
  }
}
