import { z } from 'zod';
import type { Address, Citizen } from '../../src/contract/citizen.js';
import { parseDay } from '../../src/generator/civil-date.js';
import { defineRoute, type RouteResult } from '../../src/mock/route.js';
import { defaultErrorBody } from '../../src/mock/system.js';
import { NO_ADDRESS, type Refusal, type World } from '../../src/mock/world.js';
import {
  confirmationBody,
  confirmationReply,
  permanentRegistrationBody,
  personalIdParam,
  removalBody,
  residentSchema,
  temporaryRegistrationBody,
  type DiaChiInput,
} from './contract.js';
import { confirmationDocument, RESIDENCE_SYSTEM, residentView } from './record.js';
import type { ResidenceState } from './state.js';
import { currentAddress } from './wards.js';

/** The residence database's scopes (mocks/clients.ts). */
export const RESIDENCE_SCOPES = { register: 'residence.register', read: 'residence.read' } as const;

/** Law on Residence 2020 Art. 27(3): a temporary residence lasts two years at most. */
const TEMPORARY_MAX_DAYS = 731;

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) });
const errors = {
  404: { description: 'no citizen with this personal ID', schema: errorSchema },
  409: { description: 'the change clashes with what the database holds', schema: errorSchema },
  422: { description: 'a body off the contract (a household-book field included), or a change the law does not allow', schema: errorSchema },
};

/** A domain refusal in vn06's error shape. */
function refusal(status: 404 | 409 | 422, message: string, field?: string): RouteResult {
  if (status === 409) return { status, body: { error: { code: 'conflict', message, ...(field === undefined ? {} : { field }) } } };
  return { status, body: defaultErrorBody({ status, code: status === 404 ? 'not_found' : 'unprocessable', message, field }) };
}

/** The wire field each fact of a world refusal comes from. */
const WIRE_FIELDS: Readonly<Record<string, string>> = { personalId: 'SoDinhDanh', headId: 'ChuHo.SoDinhDanh', reason: 'reason' };

function refused(found: Refusal): RouteResult {
  return refusal(found.conflict ? 409 : 422, found.message, WIRE_FIELDS[found.fact] ?? found.fact);
}

/** The address sent, checked against the current units, or the reply refusing it. */
function resolve(input: DiaChiInput): Address | RouteResult {
  const address = currentAddress(input, 'address');
  return 'message' in address ? refusal(422, address.message, address.field) : address;
}

/** A reply with the residence facts of a citizen after a change. */
const factsReply = (world: World, citizen: Citizen, status: 200 | 201): RouteResult => ({ status, body: residentView(world, citizen) });

/** Why a temporary residence term is refused: backwards, longer than two years, over, or in the ward of the permanent residence. */
function temporaryProblem(world: World, citizen: Citizen, address: Address, from: string, until: string): RouteResult | undefined {
  if (until < from) return refusal(422, `the term ends (${until}) before it starts (${from})`, 'until');
  if (parseDay(until)! - parseDay(from)! > TEMPORARY_MAX_DAYS) return refusal(422, 'a temporary residence lasts two years at most (Law on Residence 2020 Art. 27(3)); register again to extend it', 'until');
  if (until < world.today()) return refusal(422, `the term ended on ${until}, before today (${world.today()})`, 'until');
  if (world.residenceStatus(citizen.personalId) === 'registered' && citizen.permanentAddress.wardCode === address.wardCode) {
    return refusal(422, `${address.ward} is the ward of the permanent residence: a temporary residence is registered outside it (Law on Residence 2020 Art. 27(1))`, 'address.MaPhuongXa');
  }
  return undefined;
}

/** The residence database's route table. */
export const residenceRoutes = [
  defineRoute<ResidenceState, z.infer<typeof personalIdParam>>({
    id: 'residence.resident',
    method: 'GET',
    path: '/v1/residents/:SoDinhDanh',
    summary: 'The residence facts of a person: permanent and temporary residence, household, head and members (R-LOOK-1)',
    scopes: [RESIDENCE_SCOPES.read],
    params: personalIdParam,
    responses: { 200: { description: 'the residence facts', schema: residentSchema }, 404: errors[404] },
    handle({ params, state }) {
      const citizen = state.world.citizen(params.SoDinhDanh);
      return citizen ? { status: 200, body: residentView(state.world, citizen) } : refusal(404, `no citizen with personal ID ${params.SoDinhDanh}`);
    },
  }),
  defineRoute<ResidenceState, Record<string, string>, Record<string, string>, z.infer<typeof permanentRegistrationBody>>({
    id: 'residence.permanent-registration',
    method: 'POST',
    path: '/v1/permanent-registrations',
    summary: 'Register a permanent residence, joining a household (ChuHo) or forming one (address); in any province, no household book (R-PORT-6, R-LT-1, R-PORT-16)',
    scopes: [RESIDENCE_SCOPES.register],
    body: permanentRegistrationBody,
    responses: { 201: { description: 'the residence facts after the registration', schema: residentSchema }, ...errors },
    handle({ body, state }) {
      const { world } = state;
      if (!body.address && !body.ChuHo) return refusal(422, 'give the address to form a new household, or ChuHo to join an existing one', 'address');
      const given = body.address ? resolve(body.address) : undefined;
      if (given && 'status' in given) return given;
      const placement = body.ChuHo ? { headId: body.ChuHo.SoDinhDanh, relationship: body.ChuHo.QuanHe } : undefined;
      const head = placement ? world.citizen(placement.headId) : undefined;
      const address = given ?? head?.permanentAddress ?? NO_ADDRESS;
      const found = world.registrationRefusal(body.SoDinhDanh, address, placement);
      if (found) return refused(found);
      if (given && head && given.wardCode !== head.permanentAddress.wardCode) {
        return refusal(422, `the household of ${head.personalId} is registered in ${head.permanentAddress.ward} (${head.permanentAddress.wardCode}): give that ward or leave the address out`, 'address.MaPhuongXa');
      }
      return factsReply(world, world.registerResidence(RESIDENCE_SYSTEM, body.SoDinhDanh, address, placement)!, 201);
    },
  }),
  defineRoute<ResidenceState, Record<string, string>, Record<string, string>, z.infer<typeof temporaryRegistrationBody>>({
    id: 'residence.temporary-registration',
    method: 'POST',
    path: '/v1/temporary-registrations',
    summary: 'Register a temporary residence for a term of up to two years, outside the ward of the permanent residence (R-PORT-6)',
    scopes: [RESIDENCE_SCOPES.register],
    body: temporaryRegistrationBody,
    responses: { 201: { description: 'the residence facts after the registration', schema: residentSchema }, ...errors },
    handle({ body, state }) {
      const { world } = state;
      const citizen = world.citizen(body.SoDinhDanh);
      if (!citizen) return refusal(422, `no citizen with personal ID ${body.SoDinhDanh}`, 'SoDinhDanh');
      if (citizen.dateOfDeath !== null) return refusal(422, `${body.SoDinhDanh} died on ${citizen.dateOfDeath}`, 'SoDinhDanh');
      const address = resolve(body.address);
      if ('status' in address) return address;
      const problem = temporaryProblem(world, citizen, address, body.from, body.until);
      if (problem) return problem;
      return factsReply(world, world.registerTemporaryResidence(RESIDENCE_SYSTEM, body.SoDinhDanh, address, body.from, body.until)!, 201);
    },
  }),
  defineRoute<ResidenceState, Record<string, string>, Record<string, string>, z.infer<typeof removalBody>>({
    id: 'residence.permanent-removal',
    method: 'POST',
    path: '/v1/permanent-removals',
    summary: 'Remove a permanent residence (Law on Residence 2020 Art. 24); reason death needs the death registered in civil status first (R-LT-2)',
    scopes: [RESIDENCE_SCOPES.register],
    body: removalBody,
    responses: { 200: { description: 'the residence facts after the removal', schema: residentSchema }, ...errors },
    handle({ body, state }) {
      const { world } = state;
      const found = world.removalRefusal(body.SoDinhDanh, body.reason);
      if (found) return refused(found);
      return factsReply(world, world.removeResidence(RESIDENCE_SYSTEM, body.SoDinhDanh, body.reason)!, 200);
    },
  }),
  defineRoute<ResidenceState, Record<string, string>, Record<string, string>, z.infer<typeof confirmationBody>>({
    id: 'residence.confirmation',
    method: 'POST',
    path: '/v1/confirmations',
    summary: 'Issue a residence confirmation (form CT07) into the holder’s VNeID wallet and return it; valid a year unless the residence changes (R-PORT-6)',
    scopes: [RESIDENCE_SCOPES.register],
    body: confirmationBody,
    responses: { 201: { description: 'the confirmation', schema: confirmationReply }, ...errors },
    handle({ body, state }) {
      const { world } = state;
      const citizen = world.citizen(body.SoDinhDanh);
      if (!citizen) return refusal(422, `no citizen with personal ID ${body.SoDinhDanh}`, 'SoDinhDanh');
      if (citizen.dateOfDeath !== null) return refusal(422, `${body.SoDinhDanh} died on ${citizen.dateOfDeath}: no residence to confirm`, 'SoDinhDanh');
      const document = confirmationDocument(world, citizen, state.nextConfirmationNumber(), body.mucDich);
      world.issueDocument(RESIDENCE_SYSTEM, citizen.personalId, document);
      state.track(document);
      return { status: 201, body: { document } };
    },
  }),
];
