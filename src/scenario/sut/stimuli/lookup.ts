import { z } from 'zod';
import { defineStimulus } from '../stimulus.js';

/** What a procedure system says it needs from the citizen to go on: papers or fields it cannot get by lookup. */
export const requestedFromCitizen = z.array(z.string()).describe('papers or fields the system asks the citizen for (empty when it needs nothing)');

export const lookupCitizen = defineStimulus({
  name: 'lookupCitizen',
  summary: 'A citizen gives their ID (12-digit personal ID or old 9-digit ID) at the start of a procedure; the system finds them',
  requirements: ['R-CONN-1', 'R-LOOK-3', 'R-LOOK-4'],
  input: z.object({ id: z.string().describe('the number the citizen gave') }).strict(),
  output: z
    .object({
      outcome: z.enum(['found', 'not-found', 'deceased', 'refused', 'unavailable']),
      personalId: z.string().optional(),
      fullName: z.string().optional(),
      dateOfBirth: z.string().optional().describe('ISO date'),
      requestedFromCitizen,
      message: z.string(),
    })
    .strict(),
});

export const verifyCitizen = defineStimulus({
  name: 'verifyCitizen',
  summary: 'Verify the ID, name and date of birth a customer gave (bank-style: a verdict per field, no personal data)',
  requirements: ['R-LOOK-4', 'R-LOOK-5'],
  input: z.object({ personalId: z.string(), fullName: z.string(), dateOfBirth: z.string().describe('ISO date') }).strict(),
  output: z
    .object({
      outcome: z.enum(['verified', 'mismatch', 'not-found', 'deceased', 'refused', 'unavailable']),
      fields: z.record(z.string(), z.enum(['match', 'mismatch'])),
      message: z.string(),
    })
    .strict(),
});

export const exportLogs = defineStimulus({
  name: 'exportLogs',
  summary: 'The system’s own log lines since it started (to check that no credential is written there)',
  requirements: ['R-CONN-2'],
  input: z.object({}).strict(),
  output: z.object({ lines: z.array(z.string()) }).strict(),
});

export const lookupStimuli = { lookupCitizen, verifyCitizen, exportLogs } as const;
