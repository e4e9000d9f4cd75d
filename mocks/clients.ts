import type { ClientConfig } from '../src/mock/auth.js';

/**
 * The scopes of every simulated system, by system. A scope is `<system>.<area>[.<action>]`; a route asks for one of
 * them, and the client-credentials token of a default client carries those it was granted below.
 */
export const SCOPES = {
  npd: ['npd.citizen.read', 'npd.citizen.read.basic', 'npd.citizen.verify', 'npd.legacy-id.confirm', 'npd.batch.match'],
  vneid: ['vneid.wallet.read'],
  portal: ['portal.dossier', 'portal.warehouse', 'portal.monitoring', 'portal.accommodation', 'portal.signature', 'portal.catalogue'],
  civilStatus: ['civil-status.register', 'civil-status.read'],
  residence: ['residence.register', 'residence.read'],
  socialInsurance: ['social-insurance.card', 'social-insurance.card.lookup', 'social-insurance.benefit', 'social-insurance.health-check', 'social-insurance.biometric'],
  tax: ['tax.read'],
  treasury: ['treasury.payment', 'treasury.benefit'],
  vnform: ['vnform.survey'],
} as const;

/** The system-to-system clients every harness knows, one per kind of integrator; secrets are test values, published on purpose. */
export const defaultClients: readonly ClientConfig[] = [
  {
    id: 'procedure-system',
    secret: 'procedure-system-secret',
    name: 'A ministry or provincial procedure system',
    scopes: [
      'npd.citizen.read',
      'npd.citizen.verify',
      'npd.legacy-id.confirm',
      'npd.batch.match',
      ...SCOPES.vneid,
      ...SCOPES.portal,
      ...SCOPES.civilStatus,
      ...SCOPES.residence,
      'social-insurance.card',
      'social-insurance.benefit',
      'social-insurance.health-check',
      ...SCOPES.tax,
      ...SCOPES.treasury,
      ...SCOPES.vnform,
    ],
  },
  { id: 'bank', secret: 'bank-secret', name: 'A bank: verification only, no personal data', scopes: ['npd.citizen.verify'] },
  { id: 'telecom', secret: 'telecom-secret', name: 'A mobile carrier matching subscriber data', scopes: ['npd.citizen.verify', 'npd.batch.match'] },
  {
    id: 'clinic',
    secret: 'clinic-secret',
    name: 'A hospital or clinic: basic fields, the health-insurance card and the biometric pilot',
    scopes: ['npd.citizen.read.basic', 'npd.citizen.verify', 'social-insurance.card.lookup', 'social-insurance.biometric'],
  },
];
