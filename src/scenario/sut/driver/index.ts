export { driverOpenApi, sessionSchema, type Session } from './contract.js';
export { httpSut } from './client.js';
export { startDriverServer, type DriverServer } from './server.js';
export { stimuli } from '../stimuli/index.js';
