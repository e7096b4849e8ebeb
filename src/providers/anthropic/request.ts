/**
 * Canonical ChatRequest → Anthropic Messages create params.
 *
 * - system/developer messages → top-level `system` (text blocks, in order).
 * - user parts: text → text, image_url (data: URL → base64 source, else url source) → image,
 *   file with a PDF data URL → document. Audio and file ids are refused (400).
 * - assistant: content → text block, tool_calls → tool_use (arguments parsed as JSON; invalid → 400).
 * - tool messages → user turns with tool_result blocks.
 * - consecutive turns of the same role are merged into one (Anthropic wants alternating turns), so
 *   [tool, tool, user] becomes one user turn [tool_result, tool_result, text].
 * - tools → input_schema; tool_choice auto/required/none/named → auto/any/none/tool;
 *   parallel_tool_calls: false → disable_parallel_tool_use.
 * - stop → stop_sequences; max_completion_tokens ?? max_tokens ?? defaultMaxTokens → max_tokens
 *   (Anthropic requires it); user (or safety_identifier) → metadata.user_id;
 *   response_format json_schema → output_config.format.
 * - temperature and top_p are passed on when set (some newer Anthropic models reject temperature;
 *   that answer is the upstream's to give).
 * - `anthropic_extra` (fields the Anthropic door could not map, e.g. top_k, thinking) is put back.
 * - Not mapped, dropped: n (>1 refused), logprobs, seed, penalties, logit_bias, json_object mode,
 *   audio/modalities, and other OpenAI-only options.
 */
import type Anthropic from '@anthropic-ai/sdk';
import type OpenAI from 'openai';
import { GatewayError } from '../../gateway/errors.js';
import type { ChatRequest } from '../../gateway/types.js';

export type AnthropicParams = Omit<Anthropic.MessageCreateParamsNonStreaming, 'stream'> & Record<string, unknown>;
type Block = Anthropic.ContentBlockParam;
type Turn = { role: 'user' | 'assistant'; content: Block[] };

export const DEFAULT_MAX_TOKENS = 4096;

function unsupported(param: string, message: string): GatewayError {
  return new GatewayError({
    status: 400,
    type: 'invalid_request_error',
    message: `Niet ondersteund door deze provider / not supported by this provider: ${param}: ${message}`,
    param,
  });
}

function textOf(content: string | Array<{ type: string; text?: string; refusal?: string }> | null | undefined): Block[] {
  if (content == null) return [];
  if (typeof content === 'string') return content.length > 0 ? [{ type: 'text', text: content }] : [];
  const out: Block[] = [];
  for (const p of content) {
    const t = p.type === 'refusal' ? p.refusal : p.text;
    if (typeof t === 'string' && t.length > 0) out.push({ type: 'text', text: t });
  }
  return out;
}

const DATA_URL = /^data:([^;,]+);base64,(.*)$/s;

function userPart(p: OpenAI.Chat.ChatCompletionContentPart, param: string): Block {
  switch (p.type) {
    case 'text':
      return { type: 'text', text: p.text };
    case 'image_url': {
      const m = DATA_URL.exec(p.image_url.url);
      if (m) {
        return {
          type: 'image',
          source: { type: 'base64', media_type: m[1] as Anthropic.Base64ImageSource['media_type'], data: m[2]! },
        };
      }
      return { type: 'image', source: { type: 'url', url: p.image_url.url } };
    }
    case 'file': {
      const m = p.file.file_data ? DATA_URL.exec(p.file.file_data) : null;
      if (m && m[1] === 'application/pdf') {
        const doc: Anthropic.DocumentBlockParam = { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: m[2]! } };
        if (p.file.filename) doc.title = p.file.filename;
        return doc;
      }
      throw unsupported(param, 'only PDF files given as file_data are supported');
    }
    default:
      throw unsupported(param, `content part '${p.type}'`);
  }
}

function parseArguments(args: string, param: string): unknown {
  if (args.trim() === '') return {};
  try {
    return JSON.parse(args);
  } catch {
    throw new GatewayError({
      status: 400,
      type: 'invalid_request_error',
      message: `Ongeldig verzoek / invalid request: ${param}: arguments are not valid JSON`,
      param,
    });
  }
}

export function canonicalToAnthropicParams(req: ChatRequest, opts: { defaultMaxTokens?: number } = {}): AnthropicParams {
  const system: Anthropic.TextBlockParam[] = [];
  const turns: Turn[] = [];
  const push = (role: Turn['role'], blocks: Block[]) => {
    if (blocks.length === 0) return;
    const last = turns.at(-1);
    if (last && last.role === role) last.content.push(...blocks);
    else turns.push({ role, content: blocks });
  };

  req.messages.forEach((m, i) => {
    const param = `messages[${i}]`;
    switch (m.role) {
      case 'system':
      case 'developer':
        system.push(...(textOf(m.content) as Anthropic.TextBlockParam[]));
        break;
      case 'user':
        push('user', typeof m.content === 'string' ? textOf(m.content) : m.content.map((p, j) => userPart(p, `${param}.content[${j}]`)));
        break;
      case 'assistant': {
        const blocks = textOf(m.content);
        (m.tool_calls ?? []).forEach((tc, j) => {
          if (tc.type !== 'function') throw unsupported(`${param}.tool_calls[${j}]`, `tool call type '${tc.type}'`);
          blocks.push({
            type: 'tool_use',
            id: tc.id,
            name: tc.function.name,
            input: parseArguments(tc.function.arguments, `${param}.tool_calls[${j}].function.arguments`),
          });
        });
        if (m.function_call) throw unsupported(`${param}.function_call`, 'use tool_calls');
        push('assistant', blocks);
        break;
      }
      case 'tool': {
        const content = typeof m.content === 'string' ? m.content : (textOf(m.content) as Anthropic.TextBlockParam[]);
        push('user', [{ type: 'tool_result', tool_use_id: m.tool_call_id, content }]);
        break;
      }
      default:
        throw unsupported(`${param}.role`, `role '${(m as { role: string }).role}'`);
    }
  });

  const maxTokens = req.max_completion_tokens ?? req.max_tokens ?? opts.defaultMaxTokens ?? DEFAULT_MAX_TOKENS;
  const extra = (req.anthropic_extra ?? {}) as Record<string, unknown>;
  const params: AnthropicParams = { ...extra, model: req.model, max_tokens: maxTokens, messages: turns };

  if (system.length > 0) params.system = system.length === 1 ? system[0]!.text : system;

  if (req.n != null && req.n > 1) throw unsupported('n', 'only one choice (n = 1) is supported');

  if (req.tools && req.tools.length > 0) {
    params.tools = req.tools.map((t, i) => {
      if (t.type !== 'function') throw unsupported(`tools[${i}].type`, `tool type '${t.type}'`);
      const tool: Anthropic.Tool = {
        name: t.function.name,
        input_schema: (t.function.parameters ?? { type: 'object', properties: {} }) as Anthropic.Tool.InputSchema,
      };
      if (t.function.description !== undefined) tool.description = t.function.description;
      if (t.function.strict != null) tool.strict = t.function.strict;
      return tool;
    });
  }

  const noParallel = req.parallel_tool_calls === false ? { disable_parallel_tool_use: true } : {};
  const tc = req.tool_choice;
  if (tc === 'auto') params.tool_choice = { type: 'auto', ...noParallel };
  else if (tc === 'required') params.tool_choice = { type: 'any', ...noParallel };
  else if (tc === 'none') params.tool_choice = { type: 'none' };
  else if (tc && tc.type === 'function') params.tool_choice = { type: 'tool', name: tc.function.name, ...noParallel };
  else if (tc) throw unsupported('tool_choice', `tool_choice type '${tc.type}'`);
  else if (params.tools && req.parallel_tool_calls === false) params.tool_choice = { type: 'auto', ...noParallel };

  if (req.stop != null) {
    const stops = typeof req.stop === 'string' ? [req.stop] : req.stop;
    if (stops.length > 0) params.stop_sequences = stops;
  }
  if (req.temperature != null) params.temperature = req.temperature;
  if (req.top_p != null) params.top_p = req.top_p;

  const userId = req.user ?? req.safety_identifier;
  if (userId) params.metadata = { ...((extra.metadata as object | undefined) ?? {}), user_id: userId };

  if (req.response_format?.type === 'json_schema' && req.response_format.json_schema.schema) {
    params.output_config = {
      ...((extra.output_config as object | undefined) ?? {}),
      format: { type: 'json_schema', schema: req.response_format.json_schema.schema },
    };
  }
  return params;
}
