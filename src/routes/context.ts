/** What routes get handed: no globals, everything passed in. */
import type { Config } from '../config/index.js';
import type { Gateway } from '../gateway/pipeline.js';
import type { Db } from '../store/database.js';
import type { InteractionStore } from '../store/interactions.js';
import type { KeyStore } from '../store/keys.js';
import type { EventStore } from '../store/events.js';
import type { SuspensionStore } from '../oversight/suspension.js';

export interface AppContext {
  config: Config;
  db: Db;
  keys: KeyStore;
  interactions: InteractionStore;
  /** Append-only audit events (feedback, incidents, suspensions, holds, purges, content reads). */
  events: EventStore;
  suspensions: SuspensionStore;
  gateway: Gateway;
}
