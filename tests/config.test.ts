import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/index.js';
import { createProvider, createRegistry } from '../src/providers/index.js';
import { tempDir } from './helpers/gateway.js';

describe('config', () => {
  it('falls back to the dry-run provider when no upstream is configured', () => {
    const config = loadConfig({});
    expect(config.providerSource).toBe('dry-run');
    expect(config.providers.map((p) => p.type)).toEqual(['dry-run']);
    expect(config.databasePath).toMatch(/data\/poortwachter\.db$/);
  });

  it('uses the SDKs’ own variables; claude-* goes to Anthropic, everything else to OpenAI', () => {
    const env = { OPENAI_API_KEY: 'sk-o', ANTHROPIC_API_KEY: 'sk-a', ANTHROPIC_BASE_URL: 'http://127.0.0.1:1' };
    const config = loadConfig(env);
    expect(config.providerSource).toBe('environment');
    expect(config.providers.map((p) => [p.name, p.type])).toEqual([['openai', 'openai'], ['anthropic', 'anthropic']]);
    const fakeAnthropic = { ...createProvider(config.providers[0]!, env), name: 'anthropic', kind: 'anthropic' as const };
    const registry = createRegistry([createProvider(config.providers[0]!, env), fakeAnthropic]);
    expect(registry.find('claude-sonnet-4-5')!.name).toBe('anthropic');
    expect(registry.find('gpt-4o-mini')!.name).toBe('openai');
    expect(registry.find('mistral-large')!.name).toBe('openai');
  });

  it('the analysis cache: on by default, sized or switched off in the file, a bad size refused by name', () => {
    expect(loadConfig({}).pii.analysis_cache).toEqual({ entries: 2000, max_age_minutes: 15 });
    const file = join(tempDir(), 'c.yaml');
    writeFileSync(file, 'pii:\n  analysis_cache: { entries: 0 }\n');
    expect(loadConfig({ POORTWACHTER_CONFIG: file }).pii.analysis_cache).toEqual({ entries: 0, max_age_minutes: 15 });
    writeFileSync(file, 'pii:\n  analysis_cache: { entries: -1 }\n');
    expect(() => loadConfig({ POORTWACHTER_CONFIG: file })).toThrow(/pii\.analysis_cache\.entries/);
  });

  it('PORT, HOST and DATABASE_URL override defaults; file: URLs work', () => {
    const config = loadConfig({ PORT: '9999', HOST: '0.0.0.0', DATABASE_URL: 'file:/tmp/x/y.db' });
    expect([config.port, config.host, config.databasePath]).toEqual([9999, '0.0.0.0', '/tmp/x/y.db']);
    expect(() => loadConfig({ PORT: 'acht' })).toThrow(/PORT/);
  });

  it('reads providers with policy attributes from the config file', () => {
    const file = join(tempDir(), 'c.yaml');
    writeFileSync(file, `providers:
  - type: openai
    name: azure-eu
    base_url: https://gemeente.openai.azure.com/openai/v1
    api_key_env: AZURE_OPENAI_KEY
    models: [gpt-4o]
    region: eu
    trains_on_data: false
    retention_days: 0
    zero_data_retention: true
    contract: "DPA-2025-017"
  - type: dry-run
    name: proef
    models: [proef]
`);
    const config = loadConfig({ POORTWACHTER_CONFIG: file });
    expect(config.providerSource).toBe('file');
    expect(config.providers[0]).toMatchObject({ name: 'azure-eu', region: 'eu', trains_on_data: false, zero_data_retention: true, contract: 'DPA-2025-017' });
  });

  it('names the file, the path and the problem when the file is invalid', () => {
    const file = join(tempDir(), 'bad.yaml');
    writeFileSync(file, 'providers:\n  - type: openai\n    name: x\n    retention_days: lang\n');
    expect(() => loadConfig({ POORTWACHTER_CONFIG: file })).toThrow(ConfigError);
    expect(() => loadConfig({ POORTWACHTER_CONFIG: file })).toThrow(/bad\.yaml[\s\S]*providers\.0\.retention_days/);
  });

  it('refuses a provider whose key variable is empty, naming the variable but not printing secrets', () => {
    const file = join(tempDir(), 'k.yaml');
    writeFileSync(file, 'providers:\n  - { type: openai, name: x, api_key_env: MISSING_KEY }\n');
    const config = loadConfig({ POORTWACHTER_CONFIG: file });
    expect(() => createProvider(config.providers[0]!, {})).toThrow(/MISSING_KEY/);
  });
});
