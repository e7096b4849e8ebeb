/** A policy set that cannot be used. The message names file, path inside it and the problem, nl + en. */
export interface PolicyIssue {
  /** File name relative to the policy directory ("" for problems with the directory itself). */
  file: string;
  /** Path inside the file, e.g. `use_cases[2].risk_class` ("" for the file as a whole). */
  path: string;
  /** Which item the path is in, for people: e.g. `use case "wmo-verslaglegging"`. */
  item?: string;
  nl: string;
  en: string;
}

export function formatIssue(issue: PolicyIssue): string {
  const path = issue.item ? `${issue.path} (${issue.item})` : issue.path;
  const where = [issue.file, path].filter(Boolean).join(': ');
  return `${where ? `${where}: ` : ''}${issue.nl} / ${issue.en}`;
}

export class PolicyError extends Error {
  readonly issues: readonly PolicyIssue[];
  readonly dir: string;

  constructor(dir: string, issues: readonly PolicyIssue[]) {
    const shown = issues.slice(0, 25).map((i) => `  - ${formatIssue(i)}`);
    if (issues.length > 25) shown.push(`  - … en nog ${issues.length - 25} / and ${issues.length - 25} more`);
    super(`Ongeldig beleid in / invalid policy in ${dir}:\n${shown.join('\n')}`);
    this.name = 'PolicyError';
    this.dir = dir;
    this.issues = issues;
  }
}
