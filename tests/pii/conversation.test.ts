import { describe, expect, it } from 'vitest';
import type { ChatChunk, ChatRequest, ChatResponse } from '../../src/gateway/types.js';
import { Pseudonymiser, createAnalyzer, createChunkRestorer, protectRequest, restoreResponse } from '../../src/pii/index.js';

const analyzer = createAnalyzer();
const VALUES = ['Fatima', 'Amrani', '111222333', 'NL91ABNA0417164300', '06-12345678', 'Piet Kramer', 'fatima@example.nl', 'Kerkstraat 12'];

const request: ChatRequest = {
  model: 'gpt-test',
  temperature: 0.2,
  messages: [
    { role: 'system', content: 'Je helpt medewerkers. Dossier van mevrouw Fatima el Amrani.' },
    { role: 'developer', content: [{ type: 'text', text: 'Contact: fatima@example.nl' }] },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'Schrijf een brief aan Fatima el Amrani, Kerkstraat 12, over IBAN NL91ABNA0417164300.' },
        { type: 'image_url', image_url: { url: 'https://example.invalid/scan.png' } },
      ],
    },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        { id: 'call_1', type: 'function', function: { name: 'zoek_persoon', arguments: '{"naam":"Fatima el Amrani","bsn":"111222333"}' } },
      ],
    },
    { role: 'tool', tool_call_id: 'call_1', content: '{"telefoon":"06-12345678","buurman":"Piet Kramer"}' },
    { role: 'assistant', content: [{ type: 'text', text: 'Ik bel 06-12345678.' }], function_call: { name: 'legacy', arguments: '{"wie":"Piet Kramer"}' } },
  ],
};

describe('protectRequest', () => {
  it('protects every text the provider would see and never mutates the input', () => {
    const before = JSON.stringify(request);
    const p = new Pseudonymiser(analyzer, { default: 'pseudonymise' });
    const out = protectRequest(request, p);
    expect(JSON.stringify(request)).toBe(before);
    const sent = JSON.stringify(out);
    for (const v of VALUES) expect(sent, v).not.toContain(v);
    expect(out.temperature).toBe(0.2);
    expect(out.messages[0].content).toBe('Je helpt medewerkers. Dossier van mevrouw [PERSOON_1].');
    const user = out.messages[2].content as { type: string; text?: string }[];
    expect(user[0].text).toBe('Schrijf een brief aan [PERSOON_1], [ADRES_1], over IBAN [IBAN_1].');
    expect(user[1]).toEqual(request.messages[2].content![1]);
    const call = (out.messages[3] as { tool_calls: { function: { arguments: string } }[] }).tool_calls[0];
    expect(JSON.parse(call.function.arguments)).toEqual({ naam: '[PERSOON_1]', bsn: '[BSN_1]' });
    expect(JSON.parse(out.messages[4].content as string)).toEqual({ telefoon: '[TELEFOON_1]', buurman: '[PERSOON_2]' });
    expect((out.messages[5] as { function_call: { arguments: string } }).function_call.arguments).toBe('{"wie":"[PERSOON_2]"}');
    expect(p.restore(sent)).toContain('Fatima el Amrani');
  });
});

describe('restoreResponse', () => {
  it('restores content, refusal and tool-call arguments of every choice', () => {
    const p = new Pseudonymiser(analyzer);
    protectRequest(request, p);
    const response = {
      id: 'x',
      object: 'chat.completion',
      created: 1,
      model: 'gpt-test',
      choices: [
        { index: 0, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', content: 'Beste [PERSOON_1], uw IBAN [IBAN_1].', refusal: null } },
        { index: 1, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', content: null, refusal: 'Niet over [PERSOON_2].' } },
        {
          index: 2,
          finish_reason: 'tool_calls',
          logprobs: null,
          message: { role: 'assistant', content: null, refusal: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{"tel":"[TELEFOON_1]"}' } }] },
        },
      ],
    } as unknown as ChatResponse;
    const out = restoreResponse(response, p);
    expect(out.choices[0].message.content).toBe('Beste Fatima el Amrani, uw IBAN NL91ABNA0417164300.');
    expect(out.choices[1].message.refusal).toBe('Niet over Piet Kramer.');
    const tc = out.choices[2].message.tool_calls![0] as { function: { arguments: string } };
    expect(JSON.parse(tc.function.arguments)).toEqual({ tel: '06-12345678' });
  });
});

function chunk(choices: unknown[]): ChatChunk {
  return { id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'gpt-test', choices } as unknown as ChatChunk;
}

describe('createChunkRestorer', () => {
  it('restores content and tool-call arguments per choice and tool call, split anywhere', () => {
    const p = new Pseudonymiser(analyzer);
    protectRequest(request, p);
    const content = 'Beste [PERSOON_1], ik bel [TELEFOON_1] en [PERSOON_2].';
    const args0 = '{"iban":"[IBAN_1]"}';
    const args1 = '{"wie":"[PERSOON_2]"}';
    for (let i = 1; i < content.length; i += 3) {
      const r = createChunkRestorer(p);
      const got = { c0: '', c1: '', t0: '', t1: '' };
      const collect = (c: ChatChunk) => {
        for (const ch of c.choices) {
          if (ch.index === 0 && ch.delta.content) got.c0 += ch.delta.content;
          if (ch.index === 1 && ch.delta.content) got.c1 += ch.delta.content;
          for (const tc of ch.delta.tool_calls ?? []) {
            if (tc.index === 0) got.t0 += tc.function?.arguments ?? '';
            if (tc.index === 1) got.t1 += tc.function?.arguments ?? '';
          }
        }
      };
      const k = Math.min(i, args0.length - 1);
      collect(r.restore(chunk([{ index: 0, delta: { role: 'assistant', content: content.slice(0, i) }, finish_reason: null }])));
      collect(r.restore(chunk([{ index: 1, delta: { content: content.slice(0, i) }, finish_reason: null }])));
      collect(r.restore(chunk([{ index: 0, delta: { content: content.slice(i) }, finish_reason: 'stop' }])));
      collect(r.restore(chunk([{ index: 2, delta: { tool_calls: [{ index: 0, id: 'a', type: 'function', function: { name: 'f', arguments: args0.slice(0, k) } }, { index: 1, id: 'b', type: 'function', function: { name: 'g', arguments: args1.slice(0, k) } }] }, finish_reason: null }])));
      collect(r.restore(chunk([{ index: 2, delta: { tool_calls: [{ index: 0, function: { arguments: args0.slice(k) } }, { index: 1, function: { arguments: args1.slice(k) } }] }, finish_reason: 'tool_calls' }])));
      collect(r.restore(chunk([{ index: 1, delta: { content: content.slice(i) }, finish_reason: null }])));
      const last = r.end();
      if (last) collect(last);
      const want = 'Beste Fatima el Amrani, ik bel 06-12345678 en Piet Kramer.';
      expect(got.c0, `split ${i}`).toBe(want);
      expect(got.c1, `split ${i}`).toBe(want);
      expect(JSON.parse(got.t0)).toEqual({ iban: 'NL91ABNA0417164300' });
      expect(JSON.parse(got.t1)).toEqual({ wie: 'Piet Kramer' });
    }
  });
  it('flushes held-back text into the chunk that carries finish_reason', () => {
    const p = new Pseudonymiser(analyzer);
    p.protect('Beste Kevin,');
    const r = createChunkRestorer(p);
    const a = r.restore(chunk([{ index: 0, delta: { content: 'Hoi [PERS' }, finish_reason: null }]));
    expect(a.choices[0].delta.content).toBe('Hoi ');
    const b = r.restore(chunk([{ index: 0, delta: {}, finish_reason: 'length' }]));
    expect(b.choices[0].delta.content).toBe('[PERS');
    expect(r.end()).toBeNull();
  });
  it('end() returns a final chunk with leftovers when no finish_reason came', () => {
    const p = new Pseudonymiser(analyzer);
    p.protect('Beste Kevin,');
    const r = createChunkRestorer(p);
    r.restore(chunk([{ index: 0, delta: { content: 'Dag [PERSOON_1' }, finish_reason: null }]));
    const last = r.end();
    expect(last?.choices[0].delta.content).toBe('[PERSOON_1');
    expect(last?.id).toBe('c1');
  });
});
