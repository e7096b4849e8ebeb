/** All text of a request that policy rules read: message contents, text parts, tool-call arguments. */
import type { ChatRequest } from './types.js';

export function promptText(request: ChatRequest): string {
  const texts: string[] = [];
  for (const message of request.messages as unknown as Record<string, unknown>[]) {
    const content = message.content;
    if (typeof content === 'string') texts.push(content);
    else if (Array.isArray(content)) {
      for (const part of content) if (part && typeof part.text === 'string') texts.push(part.text);
    }
    if (Array.isArray(message.tool_calls)) {
      for (const call of message.tool_calls) if (typeof call?.function?.arguments === 'string') texts.push(call.function.arguments);
    }
  }
  const prediction = request.prediction as { content?: unknown } | undefined | null;
  if (typeof prediction?.content === 'string') texts.push(prediction.content);
  if (request.metadata) for (const value of Object.values(request.metadata)) if (typeof value === 'string') texts.push(value);
  return texts.join('\n');
}
