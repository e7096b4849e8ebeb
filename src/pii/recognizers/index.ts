/** The default registry: every recognizer, in no particular order (the analyzer resolves overlaps). */
import type { Recognizer } from '../types.js';
import { addressRecognizer } from './address.js';
import { birthDateRecognizer } from './birthdate.js';
import { bsnRecognizer } from './bsn.js';
import { belgianVatRecognizer, btwRecognizer } from './btw.js';
import { emailRecognizer } from './email.js';
import { ibanRecognizer } from './iban.js';
import { drivingLicenceRecognizer, foreignIdDocumentRecognizer, idDocumentCodeRecognizer, idDocumentRecognizer, portugueseCitizenCardRecognizer } from './id-document.js';
import { belgianPrintedNumberRecognizer, foreignNineDigitNumberRecognizer, foreignPersonalNumberRecognizer } from './foreign-personal-number.js';
import { ipRecognizer } from './ip.js';
import { kvkRecognizer } from './kvk.js';
import { compactLicencePlateRecognizer, foreignLicencePlateRecognizer, licencePlateRecognizer } from './licence-plate.js';
import { paymentCardRecognizer } from './payment-card.js';
import { personRecognizer } from './person.js';
import { phoneRecognizer } from './phone.js';
import { postcodeRecognizer } from './postcode.js';
import { rsinRecognizer } from './rsin.js';

export const defaultRecognizers: readonly Recognizer[] = Object.freeze([
  bsnRecognizer,
  rsinRecognizer,
  ibanRecognizer,
  btwRecognizer,
  belgianVatRecognizer,
  kvkRecognizer,
  postcodeRecognizer,
  addressRecognizer,
  phoneRecognizer,
  emailRecognizer,
  ipRecognizer,
  birthDateRecognizer,
  licencePlateRecognizer,
  compactLicencePlateRecognizer,
  foreignLicencePlateRecognizer,
  idDocumentRecognizer,
  idDocumentCodeRecognizer,
  foreignIdDocumentRecognizer,
  drivingLicenceRecognizer,
  portugueseCitizenCardRecognizer,
  foreignPersonalNumberRecognizer,
  foreignNineDigitNumberRecognizer,
  belgianPrintedNumberRecognizer,
  paymentCardRecognizer,
  personRecognizer,
]);
