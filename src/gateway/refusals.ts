/** The refusals the pipeline itself gives, worded for the person who reads them (Dutch first). */
import type { Decision } from '../policy/index.js';
import { GatewayError } from './errors.js';

export function blockedByRules(decision: Decision): GatewayError {
  const blocking = decision.matched.filter((m) => m.action === 'block');
  const nl = blocking.map((m) => `regel "${m.id}" (${m.source}): ${m.message?.nl ?? m.description.nl}`).join('; ');
  const en = blocking.map((m) => `rule "${m.id}" (${m.source}): ${m.message?.en ?? m.description.en ?? m.description.nl}`).join('; ');
  return new GatewayError({
    status: 403, type: 'policy_violation', code: 'policy_blocked', param: blocking[0]?.id ?? null,
    message: `Geweigerd door het AI-beleid van de gemeente: ${nl} / Refused by the municipality's AI policy: ${en}`,
  });
}

export function blockedPersonalData(types: readonly string[]): GatewayError {
  const list = types.join(', ');
  return new GatewayError({
    status: 403, type: 'policy_violation', code: 'pii_blocked',
    message: `Het verzoek bevat persoonsgegevens die niet naar een AI-provider mogen (${list}); er is niets verstuurd. Haal ze weg en probeer het opnieuw. / The request contains personal data that may not be sent to an AI provider (${list}); nothing was sent. Remove it and try again.`,
  });
}

export function personalDataCheckFailed(): GatewayError {
  return new GatewayError({
    status: 503, type: 'api_error', code: 'pii_check_failed',
    message: 'De controle op persoonsgegevens kon niet worden uitgevoerd; uit voorzorg is er niets verstuurd. / The personal-data check could not be completed; as a precaution nothing was sent.',
  });
}
