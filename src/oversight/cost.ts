/**
 * Cost and energy per interaction, computed when it is recorded (the prices and factors in force then
 * stay with the record; aggregates are plain sums). Prices: EUR per 1M tokens per model. Energy: kWh per
 * 1k input and output tokens, with a documented source; CO2e only when a grid intensity is configured.
 */
import type { OversightConfig } from '../config/index.js';
import type { Meter } from '../store/interactions.js';

export function createMeter(config: OversightConfig): Meter {
  const { prices, energy } = config;
  return ({ model, promptTokens, completionTokens }) => {
    if (promptTokens === null && completionTokens === null) return { costEur: null, energyKwh: null, co2eGrams: null };
    const input = promptTokens ?? 0;
    const output = completionTokens ?? 0;
    const price = (model ? prices[model] ?? prices[stripDate(model)] : undefined) ?? prices.default;
    const costEur = price ? round((input * price.input + output * price.output) / 1_000_000, 8) : null;
    const energyKwh = round((input * energy.kwh_per_1k_input_tokens + output * energy.kwh_per_1k_output_tokens) / 1000, 10);
    const co2eGrams = energy.grid_g_co2e_per_kwh === undefined ? null : round(energyKwh * energy.grid_g_co2e_per_kwh, 6);
    return { costEur, energyKwh, co2eGrams };
  };
}

/** "gpt-4o-mini-2024-07-18" → "gpt-4o-mini": providers report dated snapshots of the model asked for. */
function stripDate(model: string): string {
  return model.replace(/-\d{4}-\d{2}-\d{2}$/, '');
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
