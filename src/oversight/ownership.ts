/**
 * Only the caller who made an interaction may give feedback on it or report it: the same app key, and,
 * when the app named a user for the interaction, the same user (compared as pseudonyms).
 */
import { GatewayError } from '../gateway/errors.js';
import { pseudonymousId } from '../gateway/upstream-request.js';
import type { InteractionRecord, InteractionStore } from '../store/interactions.js';
import type { AppKey } from '../store/keys.js';

export interface Owned {
  interaction: InteractionRecord;
  /** The person: the interaction's user pseudonym, or "key:<id>" when the app named no user. */
  giver: string;
  userPseudonym: string | null;
}

export function ownInteraction(interactions: InteractionStore, key: AppKey, id: string, user: string | undefined, param = 'interaction_id'): Owned {
  const interaction = interactions.get(id);
  if (!interaction) {
    throw new GatewayError({ status: 404, type: 'not_found_error', code: 'interaction_not_found', param, message: `Onbekende interactie / Unknown interaction: ${id}` });
  }
  const given = user ? pseudonymousId(key.id, user) : null;
  const sameKey = interaction.keyId === key.id;
  const sameUser = interaction.userPseudonym === null || interaction.userPseudonym === given;
  if (!sameKey || !sameUser) {
    throw new GatewayError({
      status: 403, type: 'permission_error', code: 'not_your_interaction', param,
      message: 'Alleen wie de interactie deed (dezelfde sleutel en gebruiker) mag hierop reageren / Only the caller who made the interaction (same key and user) may respond to it.',
    });
  }
  return { interaction, giver: interaction.userPseudonym ?? `key:${key.id}`, userPseudonym: interaction.userPseudonym };
}

export function invalid(message: string, param: string | null = null): GatewayError {
  return new GatewayError({ status: 400, type: 'invalid_request_error', code: 'invalid_value', param, message });
}
