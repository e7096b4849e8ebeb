/** E-mail addresses. The lookbehind makes each run of local-part characters start at most one attempt. */
import type { Recognizer } from '../types.js';

export const emailRecognizer: Recognizer = {
  name: 'email',
  type: 'EMAIL',
  patterns: [
    {
      name: 'email',
      regex:
        /(?<![A-Za-z0-9À-ÿ._%+\-])[A-Za-z0-9À-ÿ._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,6}\.[A-Za-z]{2,24}(?![A-Za-z0-9\-]|\.[A-Za-z0-9])/g,
      score: 0.95,
    },
  ],
  validate: (v) => !v.startsWith('.') && !v.includes('..'),
};
