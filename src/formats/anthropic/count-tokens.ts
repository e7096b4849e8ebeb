/**
 * `POST /v1/messages/count_tokens` → `{ input_tokens }`.
 *
 * This is an ESTIMATE, not Anthropic's tokenizer (none is available offline): ceil(characters / 4)
 * over all text the model would read (system, text blocks, tool_use names and JSON input, tool_result
 * text, plain-text documents, tool names/descriptions/JSON schemas), plus 3 tokens per message, plus a
 * flat 1,600 tokens per image or PDF document (Anthropic's rough cost of a full-size image; we do not
 * decode images). Good enough for budgeting, not for billing.
 */
import { countTokensRequest, parseOrThrow, type AnthropicContentBlock } from './schema.js';

const PER_MESSAGE = 3;
const PER_MEDIA = 1600;

export function countTokensEstimate(body: unknown): { input_tokens: number } {
  const b = parseOrThrow(countTokensRequest, body);
  let chars = 0;
  let extra = 0;
  const block = (x: AnthropicContentBlock): void => {
    switch (x.type) {
      case 'text':
        chars += x.text.length;
        break;
      case 'tool_use':
        chars += x.name.length + JSON.stringify(x.input ?? {}).length;
        break;
      case 'tool_result':
        if (typeof x.content === 'string') chars += x.content.length;
        else for (const c of x.content ?? []) block(c);
        break;
      case 'document':
        if (x.source.type === 'text') chars += x.source.data.length + (x.title?.length ?? 0);
        else extra += PER_MEDIA;
        break;
      case 'image':
        extra += PER_MEDIA;
        break;
      case 'thinking':
        chars += x.thinking.length;
        break;
      case 'redacted_thinking':
        break;
    }
  };
  if (typeof b.system === 'string') chars += b.system.length;
  else for (const t of b.system ?? []) chars += t.text.length;
  for (const m of b.messages) {
    extra += PER_MESSAGE;
    if (typeof m.content === 'string') chars += m.content.length;
    else for (const x of m.content) block(x);
  }
  for (const t of b.tools ?? []) {
    chars += t.name.length + (t.description?.length ?? 0) + JSON.stringify(t.input_schema ?? {}).length;
  }
  return { input_tokens: Math.ceil(chars / 4) + extra };
}
