/**
 * Server-sent events → the `data` payload of each event, as they arrive. Handles \n, \r\n and \r line
 * ends, multi-line data, comments (keep-alives) and events split across network chunks.
 */
export async function* sseData(body: AsyncIterable<Buffer | string>): AsyncGenerator<{ event: string | undefined; data: string }> {
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  let event: string | undefined;
  for await (const piece of body) {
    buffer += typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true });
    let start = 0;
    for (;;) {
      const end = nextLineEnd(buffer, start);
      if (end === -1) break;
      const line = buffer.slice(start, end);
      start = end + (buffer[end] === '\r' && buffer[end + 1] === '\n' ? 2 : 1);
      if (line === '') {
        if (data.length) yield { event, data: data.join('\n') };
        data = [];
        event = undefined;
      } else if (line.startsWith('data:')) {
        data.push(line.slice(line[5] === ' ' ? 6 : 5));
      } else if (line.startsWith('event:')) {
        event = line.slice(6).trim();
      }
      // Other fields (id, retry) and comments (": ping") carry nothing we pass on.
    }
    buffer = buffer.slice(start);
  }
  if (data.length) yield { event, data: data.join('\n') };
}

function nextLineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    // A lone \r at the very end may be the first half of \r\n: wait for more.
    if (c === 13) return i + 1 < text.length ? i : -1;
  }
  return -1;
}
