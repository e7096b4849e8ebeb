/** Incident reports (meldingen): linked interactions, status flow with who and when, art. 73 deadline. */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { reportingDeadline } from '../oversight/deadlines.js';
import type { Db } from './database.js';
import type { EventStore } from './events.js';
import { incidentHistory, incidentInteractions, incidents } from './schema.js';

export const INCIDENT_CATEGORIES = [
  'onjuist_antwoord', 'persoonsgegevens', 'discriminatie_of_vooringenomenheid', 'onveilig_of_schadelijk', 'beleid_omzeild', 'storing', 'anders',
] as const;
export const INCIDENT_STATUSES = ['nieuw', 'in_behandeling', 'afgehandeld'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Forward through the flow; a closed incident can be reopened. */
const TRANSITIONS: Record<IncidentStatus, IncidentStatus[]> = {
  nieuw: ['in_behandeling', 'afgehandeld'],
  in_behandeling: ['afgehandeld'],
  afgehandeld: ['in_behandeling'],
};

export type Incident = typeof incidents.$inferSelect;

export interface NewIncident {
  reporterKeyId: string;
  reporterUser: string | null;
  category: string;
  severity: string;
  seriousKind: string | null;
  description: string;
  descriptionReceipt: string | null;
  awareAt?: string;
  interactionIds: string[];
  useCases: string[];
}

export class TransitionError extends Error {
  override name = 'TransitionError';
}

export function createIncidentStore(db: Db, events: EventStore) {
  const sqlite = db.$client;

  const view = (incident: Incident) => {
    const links = db.select({ id: incidentInteractions.interactionId }).from(incidentInteractions).where(eq(incidentInteractions.incidentId, incident.id)).all();
    const history = db.select().from(incidentHistory).where(eq(incidentHistory.incidentId, incident.id)).orderBy(incidentHistory.id).all();
    return { ...incident, interactionIds: links.map((l) => l.id), history, deadline: reportingDeadline(incident.severity, incident.seriousKind, incident.awareAt) };
  };

  return {
    create(input: NewIncident) {
      const now = new Date().toISOString();
      const awareAt = input.awareAt ?? now;
      const row: Incident = {
        id: 'inc_' + randomUUID().replaceAll('-', '').slice(0, 20), createdAt: now, awareAt, reporterKeyId: input.reporterKeyId, reporterUser: input.reporterUser,
        category: input.category, severity: input.severity, seriousKind: input.seriousKind, description: input.description, descriptionReceipt: input.descriptionReceipt,
        useCases: input.useCases, status: 'nieuw', reportingDeadline: reportingDeadline(input.severity, input.seriousKind, awareAt)?.deadline ?? null, updatedAt: now,
      };
      sqlite.transaction(() => {
        db.insert(incidents).values(row).run();
        for (const id of input.interactionIds) db.insert(incidentInteractions).values({ incidentId: row.id, interactionId: id }).run();
        db.insert(incidentHistory).values({ incidentId: row.id, at: now, actor: input.reporterKeyId, fromStatus: null, toStatus: 'nieuw', note: null }).run();
        events.append({ kind: 'incident_created', actor: input.reporterKeyId, subject: row.id, details: { category: row.category, severity: row.severity, serious_kind: row.seriousKind, interactions: input.interactionIds, use_cases: input.useCases, reporting_deadline: row.reportingDeadline } });
      }).immediate();
      return view(row);
    },
    get(id: string) {
      const row = db.select().from(incidents).where(eq(incidents.id, id)).get();
      return row ? view(row) : undefined;
    },
    list(filter: { status?: string; useCase?: string; limit?: number } = {}) {
      const where: SQL[] = [];
      if (filter.status) where.push(eq(incidents.status, filter.status));
      const rows = db.select().from(incidents).where(and(...where)).orderBy(desc(incidents.createdAt)).limit(filter.limit ?? 100).all();
      return rows.filter((r) => !filter.useCase || r.useCases.includes(filter.useCase)).map(view);
    },
    /** Moves the incident along its status flow; records who, when and why. */
    transition(id: string, to: IncidentStatus, actor: string, note: string | null) {
      return sqlite.transaction(() => {
        const row = db.select().from(incidents).where(eq(incidents.id, id)).get();
        if (!row) return undefined;
        const from = row.status as IncidentStatus;
        if (!TRANSITIONS[from].includes(to)) throw new TransitionError(`${from} → ${to}`);
        const now = new Date().toISOString();
        db.update(incidents).set({ status: to, updatedAt: now }).where(eq(incidents.id, id)).run();
        db.insert(incidentHistory).values({ incidentId: id, at: now, actor, fromStatus: from, toStatus: to, note }).run();
        events.append({ kind: 'incident_status', actor, subject: id, details: { from, to } });
        return view({ ...row, status: to, updatedAt: now });
      }).immediate();
    },
    /** Governance reclassifies (e.g. it turns out to be serious): the deadline follows. */
    classify(id: string, input: { severity?: string; seriousKind?: string | null; awareAt?: string }, actor: string) {
      return sqlite.transaction(() => {
        const row = db.select().from(incidents).where(eq(incidents.id, id)).get();
        if (!row) return undefined;
        const next = { ...row, severity: input.severity ?? row.severity, seriousKind: input.seriousKind !== undefined ? input.seriousKind : row.seriousKind, awareAt: input.awareAt ?? row.awareAt, updatedAt: new Date().toISOString() };
        next.reportingDeadline = reportingDeadline(next.severity, next.seriousKind, next.awareAt)?.deadline ?? null;
        db.update(incidents).set(next).where(eq(incidents.id, id)).run();
        events.append({ kind: 'incident_updated', actor, subject: id, details: { severity: next.severity, serious_kind: next.seriousKind, aware_at: next.awareAt, reporting_deadline: next.reportingDeadline } });
        return view(next);
      }).immediate();
    },
    forInteraction(interactionId: string): string[] {
      return db.select({ id: incidentInteractions.incidentId }).from(incidentInteractions).where(eq(incidentInteractions.interactionId, interactionId)).all().map((r) => r.id);
    },
  };
}

export type IncidentStore = ReturnType<typeof createIncidentStore>;
