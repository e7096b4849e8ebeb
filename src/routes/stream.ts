/**
 * Turns an async iterable of SSE frames into a streamed Response: each frame is written as soon as it
 * exists (pull-based, no buffering), and a client that goes away aborts the upstream call at once.
 */
const encoder = new TextEncoder();

export function streamResponse(frames: AsyncIterable<string>, headers: Record<string, string>, onCancel: () => void): Response {
  const iterator = frames[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        onCancel();
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, { status: 200, headers });
}
