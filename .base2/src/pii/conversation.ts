/**
 * Walking requests and responses: every text the provider would see is protected, every text the client
 * will see is restored. Requests are copied, never mutated; responses and chunks are restored in place.
 */
import type { ChatChunk, ChatRequest, ChatResponse } from '../gateway/types.js';
import type { Pseudonymiser } from './pseudonymiser.js';
import type { StreamRestorer } from './stream-restorer.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Protects the string values inside a JSON document (tool-call arguments); falls back to the raw text. */
function protectJsonText(json: string, p: Pseudonymiser): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return p.protect(json);
  }
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return p.protect(v);
    if (Array.isArray(v)) return v.map(walk);
    if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return JSON.stringify(walk(parsed));
}

function protectContent(content: unknown, p: Pseudonymiser): unknown {
  if (typeof content === 'string') return p.protect(content);
  if (Array.isArray(content)) {
    return content.map((part) => {
      if (isObj(part) && part.type === 'text' && typeof part.text === 'string') return { ...part, text: p.protect(part.text) };
      if (isObj(part) && part.type === 'refusal' && typeof part.refusal === 'string') return { ...part, refusal: p.protect(part.refusal) };
      return part;
    });
  }
  return content;
}

function protectToolCall(tc: unknown, p: Pseudonymiser): unknown {
  if (!isObj(tc)) return tc;
  const out: Obj = { ...tc };
  if (isObj(tc.function) && typeof tc.function.arguments === 'string') {
    out.function = { ...tc.function, arguments: protectJsonText(tc.function.arguments, p) };
  }
  if (isObj(tc.custom) && typeof tc.custom.input === 'string') {
    out.custom = { ...tc.custom, input: p.protect(tc.custom.input) };
  }
  return out;
}

/**
 * Walks every text the provider would see: system/developer/user/assistant/tool/function message content
 * (string or text parts), assistant refusals, tool_calls arguments, legacy function_call arguments.
 * Returns a new request; the input is not changed.
 */
export function protectRequest(request: ChatRequest, p: Pseudonymiser): ChatRequest {
  const messages = request.messages.map((msg) => {
    const m = msg as unknown as Obj;
    const out: Obj = { ...m };
    if ('content' in m) out.content = protectContent(m.content, p);
    if (typeof m.refusal === 'string') out.refusal = p.protect(m.refusal);
    if (Array.isArray(m.tool_calls)) out.tool_calls = m.tool_calls.map((tc) => protectToolCall(tc, p));
    if (isObj(m.function_call) && typeof m.function_call.arguments === 'string') {
      out.function_call = { ...m.function_call, arguments: protectJsonText(m.function_call.arguments, p) };
    }
    return out as unknown as typeof msg;
  });
  const out: ChatRequest = { ...request, messages };
  // Predicted output is text the provider reads too.
  const prediction = request.prediction as Obj | undefined | null;
  if (isObj(prediction) && 'content' in prediction) out.prediction = { ...prediction, content: protectContent(prediction.content, p) } as ChatRequest['prediction'];
  // Metadata values are free text an app may fill with anything (passed on only where storing is allowed).
  if (isObj(request.metadata)) {
    out.metadata = Object.fromEntries(Object.entries(request.metadata).map(([k, v]) => [k, typeof v === 'string' ? p.protect(v) : v]));
  }
  return out;
}

function restoreToolCalls(toolCalls: unknown, p: Pseudonymiser): void {
  if (!Array.isArray(toolCalls)) return;
  for (const tc of toolCalls) {
    if (!isObj(tc)) continue;
    if (isObj(tc.function) && typeof tc.function.arguments === 'string') tc.function.arguments = p.restoreJson(tc.function.arguments);
    if (isObj(tc.custom) && typeof tc.custom.input === 'string') tc.custom.input = p.restore(tc.custom.input);
  }
}

/** Restores content, refusal and tool-call arguments of every choice. Mutates and returns the response. */
export function restoreResponse(response: ChatResponse, p: Pseudonymiser): ChatResponse {
  for (const choice of response.choices ?? []) {
    const m = choice.message as unknown as Obj;
    if (!isObj(m)) continue;
    if (typeof m.content === 'string') m.content = p.restore(m.content);
    if (typeof m.refusal === 'string') m.refusal = p.restore(m.refusal);
    restoreToolCalls(m.tool_calls, p);
    if (isObj(m.function_call) && typeof m.function_call.arguments === 'string') m.function_call.arguments = p.restoreJson(m.function_call.arguments);
  }
  return response;
}

/**
 * Stateful restorer for one stream: one StreamRestorer per (choice, field) and per (choice, tool call).
 * When a choice finishes, its held-back text is flushed into that same chunk; end() returns a last chunk
 * with anything still held (or null).
 */
export function createChunkRestorer(p: Pseudonymiser): { restore(chunk: ChatChunk): ChatChunk; end(): ChatChunk | null } {
  const streams = new Map<string, StreamRestorer>();
  let last: ChatChunk | null = null;
  const get = (k: string, json = false) => {
    let s = streams.get(k);
    if (!s) streams.set(k, (s = p.streamRestorer({ json })));
    return s;
  };
  /** Flushes every stream of choice `index` into `delta`. */
  const flushChoice = (index: number, delta: Obj) => {
    for (const [k, s] of streams) {
      const [ci, field, tci] = k.split(':');
      if (Number(ci) !== index) continue;
      const rest = s.flush();
      streams.delete(k);
      if (!rest) continue;
      if (field === 'content' || field === 'refusal') {
        delta[field] = (typeof delta[field] === 'string' ? (delta[field] as string) : '') + rest;
      } else if (field === 'tool') {
        const tcs = (Array.isArray(delta.tool_calls) ? delta.tool_calls : (delta.tool_calls = [])) as Obj[];
        let tc = tcs.find((t) => t.index === Number(tci));
        if (!tc) tcs.push((tc = { index: Number(tci), function: { arguments: '' } }));
        const fn = (isObj(tc.function) ? tc.function : (tc.function = {})) as Obj;
        fn.arguments = (typeof fn.arguments === 'string' ? fn.arguments : '') + rest;
      } else if (field === 'function_call') {
        const fc = (isObj(delta.function_call) ? delta.function_call : (delta.function_call = {})) as Obj;
        fc.arguments = (typeof fc.arguments === 'string' ? fc.arguments : '') + rest;
      }
    }
  };
  return {
    restore(chunk: ChatChunk): ChatChunk {
      last = chunk;
      for (const choice of chunk.choices ?? []) {
        const d = choice.delta as unknown as Obj;
        if (!isObj(d)) continue;
        const i = choice.index;
        if (typeof d.content === 'string') d.content = get(`${i}:content`).push(d.content);
        if (typeof d.refusal === 'string') d.refusal = get(`${i}:refusal`).push(d.refusal);
        if (Array.isArray(d.tool_calls)) {
          for (const tc of d.tool_calls as Obj[]) {
            if (isObj(tc.function) && typeof tc.function.arguments === 'string') {
              tc.function.arguments = get(`${i}:tool:${tc.index}`, true).push(tc.function.arguments);
            }
          }
        }
        if (isObj(d.function_call) && typeof d.function_call.arguments === 'string') {
          d.function_call.arguments = get(`${i}:function_call`, true).push(d.function_call.arguments);
        }
        if (choice.finish_reason) flushChoice(i, d);
      }
      return chunk;
    },
    end(): ChatChunk | null {
      if (streams.size === 0 || !last) return null;
      const indices = [...new Set([...streams.keys()].map((k) => Number(k.split(':')[0])))];
      const choices = [];
      for (const index of indices) {
        const delta: Obj = {};
        flushChoice(index, delta);
        if (Object.keys(delta).length) choices.push({ index, delta, finish_reason: null, logprobs: null });
      }
      if (choices.length === 0) return null;
      return { ...last, choices, usage: undefined } as unknown as ChatChunk;
    },
  };
}
