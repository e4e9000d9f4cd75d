import { z } from 'zod';
import { defineStimulus } from '../stimulus.js';

export const connectGateway = defineStimulus({
  name: 'connectGateway',
  summary:
    'The system is given a gateway address and the CA certificate to trust (as when it is first connected, or the gateway moves): it connects over TLS, authenticates with its client credentials, and says whether it accepted the connection',
  requirements: ['R-CONN-2'],
  input: z
    .object({
      url: z.string().url().describe('base URL of the gateway, https://…; the token endpoint is <url>/npd/oauth/token'),
      caPem: z.string().describe('the CA certificate (PEM) the gateway’s certificate must chain to'),
    })
    .strict(),
  output: z
    .object({
      outcome: z.enum(['accepted', 'refused']).describe('accepted: the TLS connection was trusted and a token obtained; refused: the system would not talk to this server'),
      reason: z.string().describe('why, e.g. "the certificate has expired"; for accepted, what was obtained'),
    })
    .strict(),
});

/** Report counts per monitoring target: MIC's monitoring and measurement system, and the real-time steering data. */
const perTarget = z
  .object({
    'BTTTT-20': z.number().int().min(0).describe('reports accepted by MIC’s monitoring and measurement system (BTTTT 20)'),
    'CT05-A16': z.number().int().min(0).describe('reports accepted for real-time steering and evaluation (CT05 A16, Decision 766)'),
  })
  .strict();

export const handleDossiers = defineStimulus({
  name: 'handleDossiers',
  summary:
    'The system receives a number of online dossiers and handles each to the end (received, processing, finished, result returned), keeping the portal in step and reporting every status change to monitoring and measurement',
  requirements: ['R-CONN-4'],
  input: z.object({ count: z.number().int().min(1).max(50).describe('how many dossiers arrive') }).strict(),
  output: z
    .object({
      dossiers: z.array(z.string()).describe('the dossier codes (MaHoSo) synced with the portal'),
      reported: perTarget.describe('the monitoring reports this batch of work sent, by target, as the system counts them'),
    })
    .strict(),
});

/** The stimuli of the connection scenarios. */
export const connectionStimuli = { connectGateway, handleDossiers } as const;
