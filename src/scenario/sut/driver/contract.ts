import { z } from 'zod';
import { embed, type Components } from '../../../contract/openapi.js';
import { stimuli } from '../stimuli/index.js';

/**
 * The HTTP driver contract: how `vn06 run --sut URL` drives an external procedure system through a thin adapter.
 *
 * - `POST /driver/session` with a {@link sessionSchema} body starts a scenario: the adapter points its system at the
 *   mocks (`mocksUrl`) with the given client credentials, on fresh state. Answer 204.
 * - `POST /driver/<stimulus>` with the stimulus input as JSON: answer 200 with the output as JSON.
 * - `DELETE /driver/session` ends the scenario. Answer 204.
 * - Errors: any non-2xx with `{ "error": { "code", "message" } }`; the runner records it as the scenario's error.
 */
export const sessionSchema = z
  .object({
    mocksUrl: z.string().url().describe('base URL of the simulated systems for this scenario'),
    clientId: z.string().describe('the client ID the system authenticates with at POST {mocksUrl}/npd/oauth/token'),
    clientSecret: z.string(),
    seed: z.number().int().describe('the run seed: a system that draws random numbers can seed them with it'),
  })
  .strict();
export type Session = z.infer<typeof sessionSchema>;

export const driverErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** The OpenAPI 3.1 document of the driver contract, one operation per stimulus, from the stimulus schemas. */
export function driverOpenApi(): Record<string, unknown> {
  const components: Components = {};
  const error = { description: 'the system could not carry the stimulus out', content: { 'application/json': { schema: embed(driverErrorSchema, 'output', 'DriverError', components) } } };
  const paths: Record<string, unknown> = {
    '/driver/session': {
      post: {
        operationId: 'startSession',
        summary: 'Start a scenario: point the system at the mocks, with these credentials, on fresh state',
        requestBody: { required: true, content: { 'application/json': { schema: embed(sessionSchema, 'input', 'Session', components) } } },
        responses: { 204: { description: 'ready' }, default: error },
      },
      delete: { operationId: 'endSession', summary: 'End the scenario', responses: { 204: { description: 'ended' }, default: error } },
    },
  };
  for (const stimulus of Object.values(stimuli)) {
    paths[`/driver/${stimulus.name}`] = {
      post: {
        operationId: stimulus.name,
        summary: stimulus.summary,
        description: `Serves ${stimulus.requirements.join(', ')}.`,
        requestBody: { required: true, content: { 'application/json': { schema: embed(stimulus.input, 'input', `${stimulus.name}Input`, components) } } },
        responses: { 200: { description: 'what the system did', content: { 'application/json': { schema: embed(stimulus.output, 'output', `${stimulus.name}Output`, components) } } }, default: error },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'vn06 driver contract',
      version: '1.0.0',
      description:
        'What an adapter in front of a procedure system implements so that `vn06 run --sut URL` can drive it. ' +
        'Each scenario opens a session (the mocks to talk to), sends stimuli, and closes the session. ' +
        'The system does its work against the simulated systems; vn06 judges it from what the simulated systems saw and from these answers.',
    },
    servers: [{ url: 'http://127.0.0.1:8607', description: 'vn06 serve --reference (the reference system behind this contract)' }],
    paths,
    components: { schemas: components },
  };
}
