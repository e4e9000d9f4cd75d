import { runBirthChain } from './chains-birth.js';
import { runDeathChain } from './chains-death.js';
import type { Handlers, Variant } from './core.js';

/** The reference system's handlers of the lien-thong stimuli: the two interconnected chains (R-LT-1..5). */
export const chainsHandlers: Handlers<'declareBirth' | 'declareDeath'> = {
  declareBirth: runBirthChain,
  declareDeath: runDeathChain,
};

/** The faulty variants that break the lien-thong requirements, each the way real chains go wrong. */
export const chainsVariants: readonly Variant[] = [
  {
    id: 'stops-after-birth',
    description: 'Registers the birth and stops: the permanent residence and the health-insurance card are left for separate procedures',
    habits: ['stop-after-birth'],
    breaks: ['R-LT-1'],
    scenarios: ['lien-thong/birth-chain'],
  },
  {
    id: 'issues-card-before-residence',
    description: 'Asks for the child’s health-insurance card before the permanent residence is registered, so the card names the clinic of the birth province, not of the child’s commune',
    habits: ['card-before-residence'],
    breaks: ['R-LT-1'],
    scenarios: ['lien-thong/birth-chain'],
  },
  {
    id: 'leaves-portal-dossiers-open',
    description: 'Carries every step out but never reports it finished to the portal: the dossiers stay in processing and no result is returned',
    habits: ['leave-dossiers-open'],
    breaks: ['R-LT-1'],
    scenarios: ['lien-thong/birth-chain'],
  },
  {
    id: 'removes-residence-before-death',
    description: 'Asks for the removal of the permanent residence before the death is registered; the residence database refuses it and the chain does not try again',
    habits: ['remove-residence-before-death'],
    breaks: ['R-LT-2'],
    scenarios: ['lien-thong/death-chain'],
  },
  {
    id: 'skips-residence-removal',
    description: 'Registers the death and pays the allowance but never removes the permanent residence',
    habits: ['skip-residence-removal'],
    breaks: ['R-LT-2'],
    scenarios: ['lien-thong/death-chain'],
  },
  {
    id: 'approves-allowance-without-paying',
    description: 'Records social insurance’s decision and reports the allowance paid, but never sends the payment to the treasury',
    habits: ['skip-benefit-payment'],
    breaks: ['R-LT-2'],
    scenarios: ['lien-thong/death-chain'],
  },
  {
    id: 'asks-field-twice',
    description: 'Each procedure of the chain keeps its old form: the residence and card steps ask the child’s and the parents’ details again, the allowance step the deceased’s',
    habits: ['ask-field-twice'],
    breaks: ['R-LT-3'],
    scenarios: ['lien-thong/declare-once'],
  },
  {
    id: 'asks-household-book-in-chain',
    description: 'Asks for the paper household book (sổ hộ khẩu) at the residence step, though the residence database holds the household',
    habits: ['ask-household-book'],
    breaks: ['R-LT-3'],
    scenarios: ['lien-thong/declare-once'],
  },
  {
    id: 'no-warehouse-copy',
    description: 'Passes the e-birth certificate and the e-death extract on to the citizen but never stores them in the data warehouse',
    habits: ['skip-warehouse-copy'],
    breaks: ['R-LT-4'],
    scenarios: ['lien-thong/e-documents'],
  },
  {
    id: 'pays-standard-to-meritorious',
    description: 'Reads only an amount from the allowance decision and, finding none, pays its own standard figure: a person with meritorious service gets the standard allowance',
    habits: ['pay-standard-to-meritorious'],
    breaks: ['R-LT-5'],
    scenarios: ['lien-thong/meritorious-service'],
  },
  {
    id: 'refuses-paper-medical-certificate',
    description: 'Accepts only an electronic medical certificate: a family with a paper birth certificate or death notice cannot use the chain',
    habits: ['refuse-paper-medical-certificate'],
    breaks: ['R-LT-5'],
    scenarios: ['lien-thong/paper-medical-certificate'],
  },
  {
    id: 'hides-paper-certificate',
    description: 'Accepts a paper or scanned medical certificate but does not flag the dossier, so no officer checks the original',
    habits: ['hide-paper-certificate'],
    breaks: ['R-LT-5'],
    scenarios: ['lien-thong/paper-medical-certificate'],
  },
];
