/**
 * Reporting deadlines for serious incidents, AI Act art. 73: at the latest 15 days after becoming aware
 * (73(2)); 2 days for a widespread infringement or a serious and irreversible disruption of critical
 * infrastructure (73(3), art. 3(49)(b)); 10 days in case of death (73(4)).
 */
export const SEVERITIES = ['laag', 'middel', 'hoog', 'ernstig'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The kinds of serious incident (art. 3(49)); required when severity is 'ernstig'. */
export const SERIOUS_KINDS = ['overlijden', 'ernstige_schade_gezondheid', 'kritieke_infrastructuur', 'wijdverbreide_inbreuk', 'grondrechten', 'eigendom_of_milieu'] as const;
export type SeriousKind = (typeof SERIOUS_KINDS)[number];

export interface Deadline {
  days: number;
  deadline: string;
  basis: string;
}

export function reportingDeadline(severity: string, kind: string | null | undefined, awareAt: string): Deadline | null {
  if (severity !== 'ernstig') return null;
  const [days, basis] =
    kind === 'overlijden' ? [10, 'AI-verordening art. 73(4): overlijden / death']
    : kind === 'kritieke_infrastructuur' || kind === 'wijdverbreide_inbreuk' ? [2, 'AI-verordening art. 73(3): wijdverbreide inbreuk of kritieke infrastructuur / widespread infringement or critical infrastructure']
    : [15, 'AI-verordening art. 73(2): ernstig incident / serious incident'];
  return { days, deadline: new Date(Date.parse(awareAt) + days * 86_400_000).toISOString(), basis };
}
