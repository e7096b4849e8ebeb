/** The OpenAI Chat Completions wire format as a front door sees it. */
import { CancelledError } from '../../gateway/pipeline.js';
import type { ChatChunk } from '../../gateway/types.js';
import type { WireFormat } from '../../routes/door.js';
import { openAIErrorBody } from './errors.js';
import { parseChatRequest } from './request.js';
import { SSE_DONE, sseChunk, sseError } from './stream.js';

export const openAIFormat: WireFormat = {
  door: 'openai',
  idPrefix: 'chatcmpl-',
  parse: parseChatRequest,
  render: (response) => response,
  frames,
  error: (error) => ({ status: error.status, body: openAIErrorBody(error) }),
};

async function* frames(chunks: AsyncIterable<ChatChunk>): AsyncGenerator<string> {
  try {
    for await (const chunk of chunks) yield sseChunk(chunk);
    yield SSE_DONE;
  } catch (error) {
    // A cancelled client is gone; anyone else gets an error event instead of a hang.
    if (!(error instanceof CancelledError)) yield sseError(error);
  }
}
