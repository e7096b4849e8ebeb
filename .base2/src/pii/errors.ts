/**
 * Thrown when analysis cannot be trusted: a recognizer threw, or the time budget was exceeded.
 * The gateway refuses the request (fail closed). The message never contains the analysed text.
 */
export class PiiAnalysisError extends Error {
  readonly code = 'pii_analysis_failed';
  readonly reason: 'recognizer_failed' | 'time_budget_exceeded';
  constructor(reason: 'recognizer_failed' | 'time_budget_exceeded', detail: string) {
    super(
      reason === 'time_budget_exceeded'
        ? `Persoonsgegevens-analyse duurde te lang (${detail}); verzoek geweigerd. / PII analysis exceeded its time budget (${detail}); request refused.`
        : `Persoonsgegevens-analyse mislukt in herkenner ${detail}; verzoek geweigerd. / PII analysis failed in recognizer ${detail}; request refused.`,
    );
    this.name = 'PiiAnalysisError';
    this.reason = reason;
  }
}
