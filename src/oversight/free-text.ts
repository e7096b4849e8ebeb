/**
 * Free text people write to the gateway itself (feedback comments, incident descriptions): checked for
 * personal data and pseudonymised with the use case's operators before it is stored. A type the use case
 * blocks is redacted here, not refused: the comment is still worth having. If the check cannot run, the
 * text is refused (fail closed), never stored raw.
 */
import { GatewayError } from '../gateway/errors.js';
import { PiiAnalysisError, Pseudonymiser, type Analyzer, type OperatorTable, type Receipt } from '../pii/index.js';

export function pseudonymiseText(text: string, analyzer: Analyzer, operators: OperatorTable): { text: string; receipt: Receipt } {
  const softened: OperatorTable = {};
  for (const [type, op] of Object.entries(operators)) softened[type as keyof OperatorTable] = op === 'block' ? 'redact' : op;
  const pseudonymiser = new Pseudonymiser(analyzer, softened);
  try {
    return { text: pseudonymiser.protect(text), receipt: pseudonymiser.receipt() };
  } catch (error) {
    if (error instanceof PiiAnalysisError) {
      throw new GatewayError({ status: 503, type: 'api_error', code: 'pii_check_failed', message: 'De controle op persoonsgegevens kon niet worden uitgevoerd; de tekst is niet opgeslagen / The personal-data check could not be completed; the text was not stored.' });
    }
    throw error;
  }
}
