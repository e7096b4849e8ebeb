/** What routes get handed: no globals, everything passed in. */
import type { Config } from '../config/index.js';
import type { Gateway } from '../gateway/pipeline.js';
import type { Db } from '../store/database.js';
import type { InteractionStore } from '../store/interactions.js';
import type { KeyStore } from '../store/keys.js';

export interface AppContext {
  config: Config;
  db: Db;
  keys: KeyStore;
  interactions: InteractionStore;
  gateway: Gateway;
}
