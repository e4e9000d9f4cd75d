import type { Variant } from './core.js';
import { dossierHandlers } from './portal-dossiers.js';
import { serviceHandlers } from './portal-services.js';

/** The reference system's handlers of the portal stimuli. */
export const portalHandlers = { ...dossierHandlers, ...serviceHandlers };

/** The faulty variants that break the portal requirements, each the way real systems do. */
export const portalVariants: readonly Variant[] = [
  {
    id: 'finishes-late',
    description: 'Does not move the deadline when the citizen’s supplement arrives, so a dossier that waited on the citizen is finished after the deadline the portal holds',
    habits: ['no-deadline-extension'],
    breaks: ['R-PORT-1'],
    scenarios: ['portal/on-time-dossiers'],
  },
  {
    id: 'submits-twice-after-timeout',
    description: 'Takes a lost answer from the portal for a failure and files the application again under a new dossier code: the first dossier is never finished',
    habits: ['resubmit-with-new-code'],
    breaks: ['R-PORT-1', 'R-CONN-3'],
    scenarios: ['portal/submission-after-timeout'],
  },
  {
    id: 'types-every-field',
    description: 'Publishes its e-forms as the paper forms were: the citizen types every field, nothing is filled in from the NPD or the warehouse',
    habits: ['no-prefill'],
    breaks: ['R-PORT-2'],
    scenarios: ['portal/form-prefill'],
  },
  {
    id: 'asks-for-stored-result',
    description: 'Asks the citizen to upload a copy of a result the data warehouse already holds (the residence confirmation)',
    habits: ['ask-for-stored-results'],
    breaks: ['R-PORT-3'],
    scenarios: ['portal/result-reuse'],
  },
  {
    id: 'no-warehouse',
    description: 'Keeps its results in its own document store only: nothing reaches the portal’s data warehouse',
    habits: ['skip-portal-warehouse'],
    breaks: ['R-PORT-3', 'R-PORT-17'],
    scenarios: ['portal/result-reuse', 'portal/signed-results'],
  },
  { id: 'skips-sms', description: 'Tells the citizen of a status change by email and the portal inbox, never by SMS', habits: ['skip-sms'], breaks: ['R-PORT-4'], scenarios: ['portal/status-notifications'] },
  {
    id: 'charges-counter-fee-online',
    description: 'Charges an online dossier the counter fee, ignoring the reduced online fee in force (the treasury refuses the order)',
    habits: ['counter-fee-online'],
    breaks: ['R-PORT-5'],
    scenarios: ['portal/online-payment'],
  },
  {
    id: 'trusts-unsigned-callback',
    description: 'Takes any payment confirmation posted to its callback URL without checking the treasury’s signature',
    habits: ['skip-callback-signature'],
    breaks: ['R-PORT-5'],
    scenarios: ['portal/online-payment'],
  },
  {
    id: 'result-at-counter',
    description: 'Publishes its services as end to end but keeps the result at the counter until the citizen comes for it',
    habits: ['result-at-counter'],
    breaks: ['R-PORT-6', 'R-PORT-10'],
    scenarios: ['portal/residence-end-to-end', 'portal/catalogue-ratios'],
  },
  {
    id: 'accepts-tampered-signature',
    description: 'Takes a signed declaration as it comes: the signature is attached, never verified',
    habits: ['skip-signature-check'],
    breaks: ['R-PORT-7', 'R-PORT-13'],
    scenarios: ['portal/signed-submission', 'portal/signer-identity'],
  },
  {
    id: 'ignores-signer-identity',
    description: 'Verifies the signature but not who made it: another person’s valid signature, or a certificate tied to no e-ID, passes',
    habits: ['ignore-signer'],
    breaks: ['R-PORT-13'],
    scenarios: ['portal/signer-identity'],
  },
  {
    id: 'keeps-accommodation-local',
    description: 'Records accommodation notices in its own register and never sends them to the portal',
    habits: ['keep-accommodation-local'],
    breaks: ['R-PORT-8'],
    scenarios: ['portal/accommodation-notice'],
  },
  {
    id: 'accepts-level-1',
    description: 'Signs citizens in through VNeID without looking at the assurance level: a level-1 account files a level-2 procedure',
    habits: ['ignore-acr'],
    breaks: ['R-PORT-9'],
    scenarios: ['portal/vneid-sign-in'],
  },
  {
    id: 'takes-paper-on-no-paper-days',
    description: 'Takes paper dossiers at the counter as usual on the days and for the services its catalogue declares paperless',
    habits: ['ignore-no-paper-days'],
    breaks: ['R-PORT-11'],
    scenarios: ['portal/no-paper-days'],
  },
  { id: 'no-survey', description: 'Returns results without offering the VNForm satisfaction survey', habits: ['no-survey'], breaks: ['R-PORT-12'], scenarios: ['portal/survey-on-completion'] },
  { id: 'pays-cash', description: 'Pays benefits in cash at the commune office, whatever account the beneficiary registered', habits: ['pay-cash'], breaks: ['R-PORT-14'], scenarios: ['portal/benefit-to-account'] },
  {
    id: 'caches-health-book',
    description: 'Keeps the first copy of a citizen’s e-health book it read and shows it ever after, so updates never reach the citizen',
    habits: ['cache-health-book'],
    breaks: ['R-PORT-15'],
    scenarios: ['portal/e-health-book'],
  },
  {
    id: 'requires-local-residence',
    description: 'Refuses applicants whose permanent residence is in another province and asks them for a local residence paper',
    habits: ['require-local-residence'],
    breaks: ['R-PORT-16'],
    scenarios: ['portal/any-province'],
  },
  {
    id: 'processes-paper-undigitised',
    description: 'Starts processing paper dossiers before their papers are scanned',
    habits: ['process-undigitised'],
    breaks: ['R-PORT-17'],
    scenarios: ['portal/signed-results'],
  },
];
