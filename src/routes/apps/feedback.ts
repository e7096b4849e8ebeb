/** POST /v1/feedback: "Heeft dit antwoord u geholpen?" from the caller who made the interaction. */
import { Hono } from 'hono';
import { z } from 'zod';
import { openAIFormat } from '../../formats/openai/index.js';
import { pseudonymiseText } from '../../oversight/free-text.js';
import { invalid, ownInteraction } from '../../oversight/ownership.js';
import { createFeedbackStore, FEEDBACK_REASONS } from '../../store/feedback.js';
import { authenticate } from '../auth.js';
import { readJson } from '../body.js';
import type { AppContext } from '../context.js';
import { errorResponse } from '../door.js';

const body = z.strictObject({
  interaction_id: z.string().min(1),
  rating: z.enum(['helpful', 'not_helpful']).optional(),
  helpful: z.boolean().optional(),
  reasons: z.array(z.enum(FEEDBACK_REASONS)).max(FEEDBACK_REASONS.length).default([]),
  comment: z.string().max(4000).optional(),
  /** The end user, as the app named them in the interaction (`user`); only its pseudonym is compared. */
  user: z.string().min(1).optional(),
});

export function feedbackRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  const store = createFeedbackStore(ctx.db, ctx.events);
  app.post('/feedback', async (c) => {
    try {
      const key = authenticate(ctx.keys, c.req.raw.headers);
      const parsed = body.safeParse(await readJson(c.req.raw, ctx.config.maxBodyBytes));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw invalid(`Ongeldige feedback / invalid feedback: ${issue.path.join('.') || '(body)'}: ${issue.message}. Redenen / reasons: ${FEEDBACK_REASONS.join(', ')}`, issue.path.join('.') || null);
      }
      const input = parsed.data;
      const helpful = input.helpful ?? (input.rating ? input.rating === 'helpful' : undefined);
      if (helpful === undefined || (input.helpful !== undefined && input.rating !== undefined && (input.rating === 'helpful') !== input.helpful)) {
        throw invalid('Geef rating "helpful" of "not_helpful" (of helpful: true/false) / give rating "helpful" or "not_helpful" (or helpful: true/false)', 'rating');
      }
      const owned = ownInteraction(ctx.interactions, key, input.interaction_id, input.user);
      let comment: { text: string; receipt: object } | null = null;
      if (input.comment?.trim()) {
        const policy = ctx.gateway.policy.current();
        const useCase = owned.interaction.useCase ? policy.useCase(owned.interaction.useCase) : undefined;
        const operators = useCase ? policy.operatorsFor(useCase) : { ...policy.defaults.pii };
        comment = pseudonymiseText(input.comment, ctx.gateway.analyzer, operators);
      }
      const { feedback, replaced } = store.give({
        interactionId: input.interaction_id, giver: owned.giver, keyId: key.id, helpful, reasons: input.reasons,
        comment: comment?.text ?? null, commentReceipt: comment ? JSON.stringify(comment.receipt) : null,
      });
      return c.json({
        id: feedback.id, object: 'feedback', interaction_id: feedback.interactionId, rating: helpful ? 'helpful' : 'not_helpful',
        reasons: feedback.reasons, comment: feedback.comment, replaced, created_at: feedback.createdAt, updated_at: feedback.updatedAt,
      }, replaced ? 200 : 201);
    } catch (error) {
      return errorResponse(c, openAIFormat, error, {});
    }
  });
  return app;
}
