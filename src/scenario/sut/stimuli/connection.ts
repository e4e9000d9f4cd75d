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

/** The stimuli of the connection scenarios. */
export const connectionStimuli = { connectGateway } as const;
