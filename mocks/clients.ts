import type { ClientConfig } from '../src/mock/auth.js';

/** The system-to-system clients every harness knows, one per kind of integrator; secrets are test values, published on purpose. */
export const defaultClients: readonly ClientConfig[] = [
  {
    id: 'procedure-system',
    secret: 'procedure-system-secret',
    name: 'A ministry or provincial procedure system',
    scopes: ['npd.citizen.read', 'npd.citizen.verify', 'npd.legacy-id.confirm', 'npd.batch.match'],
  },
  { id: 'bank', secret: 'bank-secret', name: 'A bank: verification only, no personal data', scopes: ['npd.citizen.verify'] },
  { id: 'telecom', secret: 'telecom-secret', name: 'A mobile carrier matching subscriber data', scopes: ['npd.citizen.verify', 'npd.batch.match'] },
  { id: 'clinic', secret: 'clinic-secret', name: 'A hospital or clinic: basic fields only', scopes: ['npd.citizen.read.basic', 'npd.citizen.verify'] },
];
