/**
 * Anthropic Messages request body → canonical ChatRequest (OpenAI Chat Completions shape).
 *
 * Mapped: model, max_tokens, system (string or text blocks → one system message), messages with
 * content blocks (text, image, document, tool_use, tool_result), tools, tool_choice, stop_sequences,
 * temperature, top_p, stream (always with usage, as Anthropic streams always report it),
 * metadata.user_id → user, output_config.format (json_schema) → response_format.
 *
 * Decisions:
 * - Every other top-level field (top_k, thinking, service_tier, output_config.effort, container,
 *   cache_control, ...) is kept, unchanged, under `anthropic_extra`. The Anthropic provider puts them
 *   back on the upstream request; other providers must drop `anthropic_extra` (it has no meaning there).
 * - Per-block `cache_control` and `citations` settings are accepted and dropped.
 * - `thinking` / `redacted_thinking` blocks in assistant turns are dropped: canonical form has no place
 *   for them (so extended thinking combined with tool use does not survive the round trip).
 * - `tool_result.is_error` is dropped (the OpenAI shape has no flag for it).
 * - Images inside a tool_result cannot live in an OpenAI tool message: they follow the tool message(s)
 *   as image parts of the next user message, so the tool messages stay adjacent to their assistant turn.
 */
import type OpenAI from 'openai';
import type { ChatMessage, ChatRequest } from '../../gateway/types.js';
import {
  type AnthropicContentBlock,
  type AnthropicRequestBody,
  invalidRequest,
  messagesRequest,
  parseOrThrow,
} from './schema.js';

type ContentPart = OpenAI.Chat.ChatCompletionContentPart;
type TextPart = OpenAI.Chat.ChatCompletionContentPartText;
type ToolCall = OpenAI.Chat.ChatCompletionMessageFunctionToolCall;

/** Fields of the Anthropic body that are mapped; everything else goes to `anthropic_extra`. */
const MAPPED = new Set([
  'model',
  'max_tokens',
  'messages',
  'system',
  'tools',
  'tool_choice',
  'stop_sequences',
  'temperature',
  'top_p',
  'stream',
  'metadata',
]);

export function anthropicToCanonical(body: unknown): ChatRequest {
  const b = parseOrThrow(messagesRequest, body);

  const messages: ChatMessage[] = [];
  if (b.system !== undefined) {
    const content = typeof b.system === 'string' ? b.system : b.system.map((t) => textPart(t.text));
    if (content.length > 0) messages.push({ role: 'system', content });
  }
  b.messages.forEach((m, i) => messages.push(...mapMessage(m, i)));

  const req: ChatRequest = { model: b.model, messages, max_tokens: b.max_tokens };

  if (b.tools && b.tools.length > 0) {
    req.tools = b.tools.map((t, i) => {
      if (t.type != null && t.type !== 'custom') {
        throw invalidRequest(`tools.${i}.type`, `server tool '${t.type}' wordt niet ondersteund / is not supported`);
      }
      if (!t.input_schema) throw invalidRequest(`tools.${i}.input_schema`, 'Field required');
      const fn: OpenAI.FunctionDefinition = { name: t.name, parameters: t.input_schema };
      if (t.description !== undefined) fn.description = t.description;
      if (t.strict !== undefined) fn.strict = t.strict;
      return { type: 'function', function: fn };
    });
  }

  if (b.tool_choice) {
    const tc = b.tool_choice;
    if (tc.type === 'auto') req.tool_choice = 'auto';
    else if (tc.type === 'any') req.tool_choice = 'required';
    else if (tc.type === 'none') req.tool_choice = 'none';
    else req.tool_choice = { type: 'function', function: { name: tc.name } };
    if (tc.type !== 'none' && tc.disable_parallel_tool_use) req.parallel_tool_calls = false;
  }

  if (b.stop_sequences && b.stop_sequences.length > 0) req.stop = b.stop_sequences;
  if (b.temperature !== undefined) req.temperature = b.temperature;
  if (b.top_p !== undefined) req.top_p = b.top_p;
  if (b.stream) {
    // ChatRequest is a union over `stream`; set both fields together.
    Object.assign(req, { stream: true, stream_options: { include_usage: true } });
  }
  if (typeof b.metadata?.user_id === 'string') req.user = b.metadata.user_id;

  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b)) if (!MAPPED.has(k)) extra[k] = v;
  // output_config.format (structured output) has a canonical twin; the rest of output_config stays extra.
  const oc = extra.output_config as { format?: { type?: string; schema?: unknown } | null } | undefined;
  if (oc && typeof oc === 'object' && oc.format?.type === 'json_schema' && oc.format.schema) {
    req.response_format = {
      type: 'json_schema',
      json_schema: { name: 'output', schema: oc.format.schema as Record<string, unknown> },
    };
    const { format: _format, ...rest } = oc;
    if (Object.keys(rest).length > 0) extra.output_config = rest;
    else delete extra.output_config;
  }
  if (Object.keys(extra).length > 0) req.anthropic_extra = extra;

  return req;
}

function textPart(text: string): TextPart {
  return { type: 'text', text };
}

function mapMessage(m: AnthropicRequestBody['messages'][number], i: number): ChatMessage[] {
  if (m.role === 'system') {
    if (typeof m.content === 'string') return [{ role: 'system', content: m.content }];
    return [{ role: 'system', content: m.content.map((b, j) => onlyText(b, `messages.${i}.content.${j}`)) }];
  }
  if (typeof m.content === 'string') return [{ role: m.role, content: m.content }];
  return m.role === 'assistant' ? [mapAssistant(m.content, i)] : mapUser(m.content, i);
}

function onlyText(b: AnthropicContentBlock, param: string): TextPart {
  if (b.type !== 'text') throw invalidRequest(`${param}.type`, `'${b.type}' is hier niet toegestaan / not allowed here`);
  return textPart(b.text);
}

function mapAssistant(blocks: AnthropicContentBlock[], i: number): ChatMessage {
  let text = '';
  const toolCalls: ToolCall[] = [];
  blocks.forEach((b, j) => {
    switch (b.type) {
      case 'text':
        text += b.text;
        break;
      case 'tool_use':
        toolCalls.push({
          id: b.id,
          type: 'function',
          function: { name: b.name, arguments: JSON.stringify(b.input ?? {}) },
        });
        break;
      case 'thinking':
      case 'redacted_thinking':
        break; // dropped, see the header
      default:
        throw invalidRequest(`messages.${i}.content.${j}.type`, `'${b.type}' is niet toegestaan in een assistant-bericht / not allowed in an assistant message`);
    }
  });
  const msg: OpenAI.Chat.ChatCompletionAssistantMessageParam = {
    role: 'assistant',
    content: text.length > 0 || toolCalls.length === 0 ? text : null,
  };
  if (toolCalls.length > 0) msg.tool_calls = toolCalls;
  return msg;
}

function mediaPart(
  b: Extract<AnthropicContentBlock, { type: 'image' | 'document' }>,
): ContentPart {
  if (b.type === 'image') {
    const url = b.source.type === 'base64' ? `data:${b.source.media_type};base64,${b.source.data}` : b.source.url;
    return { type: 'image_url', image_url: { url } };
  }
  if (b.source.type === 'text') {
    return textPart(b.title ? `${b.title}\n\n${b.source.data}` : b.source.data);
  }
  return {
    type: 'file',
    file: { file_data: `data:application/pdf;base64,${b.source.data}`, filename: b.title ?? 'document.pdf' },
  };
}

/** A user turn: tool_result blocks become tool messages, other blocks user parts, order kept. */
function mapUser(blocks: AnthropicContentBlock[], i: number): ChatMessage[] {
  const out: ChatMessage[] = [];
  let parts: ContentPart[] = [];
  let deferred: ContentPart[] = []; // media from tool results, for the next user message
  const flush = () => {
    if (parts.length > 0) out.push({ role: 'user', content: parts });
    parts = [];
  };
  blocks.forEach((b, j) => {
    switch (b.type) {
      case 'tool_result': {
        flush();
        const texts: TextPart[] = [];
        if (typeof b.content === 'string') texts.push(textPart(b.content));
        else
          for (const c of b.content ?? []) {
            if (c.type === 'text') texts.push(textPart(c.text));
            else {
              deferred.push(textPart(`(${c.type} from tool result ${b.tool_use_id})`), mediaPart(c));
            }
          }
        const content = texts.length === 1 ? texts[0]!.text : texts.length === 0 ? '' : texts;
        out.push({ role: 'tool', tool_call_id: b.tool_use_id, content });
        break;
      }
      case 'text':
      case 'image':
      case 'document':
        if (deferred.length > 0) {
          parts.push(...deferred);
          deferred = [];
        }
        parts.push(b.type === 'text' ? textPart(b.text) : mediaPart(b));
        break;
      default:
        throw invalidRequest(`messages.${i}.content.${j}.type`, `'${b.type}' is niet toegestaan in een user-bericht / not allowed in a user message`);
    }
  });
  parts.push(...deferred);
  flush();
  return out;
}
