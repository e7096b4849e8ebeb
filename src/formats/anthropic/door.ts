/** The Anthropic Messages wire format as a front door sees it. */
import { CancelledError } from '../../gateway/pipeline.js';
import type { ChatChunk, ChatRequest } from '../../gateway/types.js';
import { asGatewayError, type WireFormat } from '../../routes/door.js';
import { anthropicErrorBody, anthropicErrorStatus } from './errors.js';
import { anthropicToCanonical } from './request.js';
import { canonicalToAnthropic } from './response.js';
import { createAnthropicStreamWriter } from './stream.js';

export const anthropicFormat: WireFormat = {
  door: 'anthropic',
  idPrefix: 'msg_',
  parse: anthropicToCanonical,
  render: (response, request) => canonicalToAnthropic(response, request.model),
  frames,
  error: (error) => ({ status: anthropicErrorStatus(error), body: anthropicErrorBody(error) }),
};

async function* frames(chunks: AsyncIterable<ChatChunk>, id: string, request: ChatRequest): AsyncGenerator<string> {
  const writer = createAnthropicStreamWriter(id, request.model);
  try {
    for await (const chunk of chunks) {
      const text = writer.chunk(chunk);
      if (text) yield text;
    }
    yield writer.end();
  } catch (error) {
    if (!(error instanceof CancelledError)) yield writer.error(asGatewayError(error));
  }
}
