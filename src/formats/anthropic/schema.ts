/**
 * zod schemas for the Anthropic Messages request body (`POST /v1/messages` and
 * `POST /v1/messages/count_tokens`), and turning a zod failure into a 400 GatewayError that names
 * the field, the way Anthropic does ("messages.0.content: ...").
 *
 * Only what the gateway maps is described in detail; unknown top-level fields are kept (loose) and
 * end up in `anthropic_extra` (see request.ts).
 */
import { z } from 'zod';
import { GatewayError } from '../../gateway/errors.js';

const ignored = z.unknown().optional(); // e.g. cache_control, citations: accepted, not mapped

export const textBlock = z.object({
  type: z.literal('text'),
  text: z.string(),
  cache_control: ignored,
  citations: ignored,
});

export const imageBlock = z.object({
  type: z.literal('image'),
  source: z.discriminatedUnion('type', [
    z.object({ type: z.literal('base64'), media_type: z.string().min(1), data: z.string().min(1) }),
    z.object({ type: z.literal('url'), url: z.string().min(1) }),
  ]),
  cache_control: ignored,
});

export const documentBlock = z.object({
  type: z.literal('document'),
  source: z.discriminatedUnion('type', [
    z.object({ type: z.literal('base64'), media_type: z.literal('application/pdf'), data: z.string().min(1) }),
    z.object({ type: z.literal('text'), media_type: z.literal('text/plain'), data: z.string() }),
  ]),
  title: z.string().nullish(),
  context: z.string().nullish(),
  cache_control: ignored,
  citations: ignored,
});

export const toolUseBlock = z.object({
  type: z.literal('tool_use'),
  id: z.string().min(1),
  name: z.string().min(1),
  input: z.unknown(),
  cache_control: ignored,
});

export const toolResultBlock = z.object({
  type: z.literal('tool_result'),
  tool_use_id: z.string().min(1),
  content: z.union([z.string(), z.array(z.discriminatedUnion('type', [textBlock, imageBlock, documentBlock]))]).optional(),
  is_error: z.boolean().optional(),
  cache_control: ignored,
});

export const thinkingBlock = z.object({ type: z.literal('thinking'), thinking: z.string(), signature: z.string().optional() });
export const redactedThinkingBlock = z.object({ type: z.literal('redacted_thinking'), data: z.string() });

export const contentBlock = z.discriminatedUnion('type', [
  textBlock,
  imageBlock,
  documentBlock,
  toolUseBlock,
  toolResultBlock,
  thinkingBlock,
  redactedThinkingBlock,
]);

export const message = z.object({
  role: z.enum(['user', 'assistant', 'system']),
  content: z.union([z.string(), z.array(contentBlock)]),
});

export const tool = z.looseObject({
  type: z.string().nullish(),
  name: z.string().min(1),
  description: z.string().optional(),
  input_schema: z.record(z.string(), z.unknown()).optional(),
  strict: z.boolean().optional(),
  cache_control: ignored,
});

export const toolChoice = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auto'), disable_parallel_tool_use: z.boolean().optional() }),
  z.object({ type: z.literal('any'), disable_parallel_tool_use: z.boolean().optional() }),
  z.object({ type: z.literal('tool'), name: z.string().min(1), disable_parallel_tool_use: z.boolean().optional() }),
  z.object({ type: z.literal('none') }),
]);

const common = {
  model: z.string().min(1),
  messages: z.array(message).min(1),
  system: z.union([z.string(), z.array(textBlock)]).optional(),
  tools: z.array(tool).optional(),
  tool_choice: toolChoice.optional(),
};

export const messagesRequest = z.looseObject({
  ...common,
  max_tokens: z.number().int().min(1),
  stop_sequences: z.array(z.string()).optional(),
  temperature: z.number().min(0).max(2).optional(),
  top_p: z.number().min(0).max(1).optional(),
  stream: z.boolean().optional(),
  metadata: z.looseObject({ user_id: z.string().nullish() }).optional(),
});

export const countTokensRequest = z.looseObject(common);

export type AnthropicRequestBody = z.infer<typeof messagesRequest>;
export type AnthropicCountTokensBody = z.infer<typeof countTokensRequest>;
export type AnthropicContentBlock = z.infer<typeof contentBlock>;

/** 400 invalid_request_error naming the field. Messages: Dutch first, English second. */
export function invalidRequest(param: string, message: string): GatewayError {
  return new GatewayError({
    status: 400,
    type: 'invalid_request_error',
    message: `Ongeldig verzoek / invalid request: ${param}: ${message}`,
    param,
  });
}

type Issue = z.core.$ZodIssue;

/**
 * For a union (e.g. content: string | blocks[]) zod reports "Invalid input" at the union itself;
 * the useful message is in the branch that got furthest. Pick that one, with its full path.
 */
function deepest(issue: Issue): { path: PropertyKey[]; issue: Issue } {
  let best = { path: issue.path, issue };
  if (issue.code === 'invalid_union' && Array.isArray(issue.errors)) {
    for (const branch of issue.errors) {
      for (const sub of branch) {
        const d = deepest(sub);
        const path = [...issue.path, ...d.path];
        if (path.length > best.path.length) best = { path, issue: d.issue };
      }
    }
  }
  return best;
}

function issueMessage(issue: Issue): string {
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    return 'unsupported or missing type';
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'Field required';
  return issue.message;
}

/** Parse with a schema; a failure becomes a 400 GatewayError naming the (first) offending field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidRequest('body', 'expected a JSON object');
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const { path, issue } = deepest(result.error.issues[0]!);
  const param = path.length > 0 ? path.map(String).join('.') : 'body';
  throw invalidRequest(param, issueMessage(issue));
}
