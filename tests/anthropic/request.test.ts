/** Anthropic request body → canonical, validation errors, and the round trip back to Anthropic params. */
import { describe, expect, it } from 'vitest';
import { anthropicToCanonical } from '../../src/formats/anthropic/request.js';
import { GatewayError } from '../../src/gateway/errors.js';
import { canonicalToAnthropicParams } from '../../src/providers/anthropic/request.js';

const tool = { name: 'zoek_zaak', description: 'Zoek een zaak', input_schema: { type: 'object', properties: { nummer: { type: 'string' } } } };

describe('anthropicToCanonical', () => {
  it('maps the basics', () => {
    const req = anthropicToCanonical({
      model: 'claude-opus-5',
      max_tokens: 512,
      system: 'Je helpt de gemeente.',
      messages: [{ role: 'user', content: 'Hallo' }],
      stop_sequences: ['###'],
      temperature: 0.3,
      top_p: 0.9,
      metadata: { user_id: 'u-1' },
    });
    expect(req).toEqual({
      model: 'claude-opus-5',
      max_tokens: 512,
      messages: [
        { role: 'system', content: 'Je helpt de gemeente.' },
        { role: 'user', content: 'Hallo' },
      ],
      stop: ['###'],
      temperature: 0.3,
      top_p: 0.9,
      user: 'u-1',
    });
  });

  it('system text blocks become one system message with text parts; stream asks for usage', () => {
    const req = anthropicToCanonical({
      model: 'm',
      max_tokens: 10,
      stream: true,
      system: [{ type: 'text', text: 'Een' }, { type: 'text', text: 'Twee', cache_control: { type: 'ephemeral' } }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'x' }] }],
    });
    expect(req.messages[0]).toEqual({ role: 'system', content: [{ type: 'text', text: 'Een' }, { type: 'text', text: 'Twee' }] });
    expect(req.stream).toBe(true);
    expect(req.stream_options).toEqual({ include_usage: true });
  });

  it('maps images, documents, tool use and tool results in order', () => {
    const req = anthropicToCanonical({
      model: 'm',
      max_tokens: 100,
      tools: [tool],
      tool_choice: { type: 'tool', name: 'zoek_zaak', disable_parallel_tool_use: true },
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Wat staat hier?' },
            { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: '/9j/4AAQ' } },
            { type: 'image', source: { type: 'url', url: 'https://example.org/a.png' } },
            { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0x' }, title: 'besluit.pdf' },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'hmm', signature: 'sig' },
            { type: 'text', text: 'Ik zoek.' },
            { type: 'tool_use', id: 'toolu_1', name: 'zoek_zaak', input: { nummer: 'Z-1' } },
            { type: 'tool_use', id: 'toolu_2', name: 'zoek_zaak', input: { nummer: 'Z-2' } },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'toolu_1', content: 'open' },
            {
              type: 'tool_result',
              tool_use_id: 'toolu_2',
              is_error: false,
              content: [
                { type: 'text', text: 'gesloten' },
                { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBO' } },
              ],
            },
            { type: 'text', text: 'Vat samen.' },
          ],
        },
      ],
    });
    expect(req.tools).toEqual([{ type: 'function', function: { name: 'zoek_zaak', description: 'Zoek een zaak', parameters: tool.input_schema } }]);
    expect(req.tool_choice).toEqual({ type: 'function', function: { name: 'zoek_zaak' } });
    expect(req.parallel_tool_calls).toBe(false);
    expect(req.messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Wat staat hier?' },
          { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,/9j/4AAQ' } },
          { type: 'image_url', image_url: { url: 'https://example.org/a.png' } },
          { type: 'file', file: { file_data: 'data:application/pdf;base64,JVBERi0x', filename: 'besluit.pdf' } },
        ],
      },
      {
        role: 'assistant',
        content: 'Ik zoek.',
        tool_calls: [
          { id: 'toolu_1', type: 'function', function: { name: 'zoek_zaak', arguments: '{"nummer":"Z-1"}' } },
          { id: 'toolu_2', type: 'function', function: { name: 'zoek_zaak', arguments: '{"nummer":"Z-2"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'toolu_1', content: 'open' },
      { role: 'tool', tool_call_id: 'toolu_2', content: 'gesloten' },
      {
        role: 'user',
        content: [
          { type: 'text', text: '(image from tool result toolu_2)' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBO' } },
          { type: 'text', text: 'Vat samen.' },
        ],
      },
    ]);
  });

  it('maps tool_choice auto/any/none', () => {
    const base = { model: 'm', max_tokens: 1, tools: [tool], messages: [{ role: 'user', content: 'x' }] };
    expect(anthropicToCanonical({ ...base, tool_choice: { type: 'auto' } }).tool_choice).toBe('auto');
    expect(anthropicToCanonical({ ...base, tool_choice: { type: 'any' } }).tool_choice).toBe('required');
    expect(anthropicToCanonical({ ...base, tool_choice: { type: 'none' } }).tool_choice).toBe('none');
  });

  it('keeps unmapped fields (top_k, thinking, output_config.effort) under anthropic_extra; output_config.format → response_format', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    const req = anthropicToCanonical({
      model: 'm',
      max_tokens: 1,
      messages: [{ role: 'user', content: 'x' }],
      top_k: 5,
      thinking: { type: 'adaptive' },
      output_config: { effort: 'low', format: { type: 'json_schema', schema } },
    });
    expect(req.anthropic_extra).toEqual({ top_k: 5, thinking: { type: 'adaptive' }, output_config: { effort: 'low' } });
    expect(req.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'output', schema } });
  });

  it.each([
    [{ max_tokens: 1, messages: [{ role: 'user', content: 'x' }] }, 'model'],
    [{ model: 'm', messages: [{ role: 'user', content: 'x' }] }, 'max_tokens'],
    [{ model: 'm', max_tokens: 1, messages: [] }, 'messages'],
    [{ model: 'm', max_tokens: 1, messages: [{ role: 'robot', content: 'x' }] }, 'messages.0.role'],
    [{ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: [{ type: 'text' }] }] }, 'messages.0.content.0.text'],
    [{ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: [{ type: 'audio', data: 'x' }] }] }, 'messages.0.content.0.type'],
    [{ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png' } }] }] }, 'messages.0.content.0.source.data'],
    [{ model: 'm', max_tokens: 1, messages: [{ role: 'assistant', content: [{ type: 'tool_result', tool_use_id: 't', content: 'x' }] }] }, 'messages.0.content.0.type'],
    [{ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: 'x' }], tools: [{ type: 'web_search_20250305', name: 'web_search' }] }, 'tools.0.type'],
    [{ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: 'x' }], tool_choice: { type: 'sometimes' } }, 'tool_choice.type'],
  ])('refuses an invalid body with a 400 naming the field (%#)', (body, param) => {
    let err: unknown;
    try {
      anthropicToCanonical(body);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ status: 400, type: 'invalid_request_error', param });
    expect((err as Error).message).toContain(param);
  });

  it('refuses a body that is not an object', () => {
    expect(() => anthropicToCanonical('hallo')).toThrow(GatewayError);
    expect(() => anthropicToCanonical(null)).toThrow(/body/);
  });
});

describe('round trip: Anthropic body → canonical → Anthropic params', () => {
  it('gives back the same conversation', () => {
    const body = {
      model: 'claude-opus-5',
      max_tokens: 800,
      system: 'Wees zakelijk.',
      tools: [tool],
      tool_choice: { type: 'any', disable_parallel_tool_use: true },
      stop_sequences: ['STOP'],
      metadata: { user_id: 'app-7' },
      top_k: 3,
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Zoek Z-9' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBO' } }] },
        { role: 'assistant', content: [{ type: 'text', text: 'Zoeken…' }, { type: 'tool_use', id: 'toolu_9', name: 'zoek_zaak', input: { nummer: 'Z-9' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_9', content: 'gevonden' }, { type: 'text', text: 'En nu?' }] },
      ],
    };
    const params = canonicalToAnthropicParams(anthropicToCanonical(body));
    expect(params).toEqual({
      model: 'claude-opus-5',
      max_tokens: 800,
      system: 'Wees zakelijk.',
      tools: [tool],
      tool_choice: { type: 'any', disable_parallel_tool_use: true },
      stop_sequences: ['STOP'],
      metadata: { user_id: 'app-7' },
      top_k: 3,
      messages: body.messages,
    });
  });
});
