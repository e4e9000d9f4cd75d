import { z } from 'zod';
import type { Citizen } from '../../src/contract/citizen.js';
import { provinceIndex } from '../../src/identity/provinces.js';
import { defineRoute, type RouteResult } from '../../src/mock/route.js';
import { defaultErrorBody } from '../../src/mock/system.js';
import type { BirthFacts, Refusal, World } from '../../src/mock/world.js';
import { citizenExtras } from '../../src/population/extras.js';
import {
  birthBody,
  birthReply,
  civilRecordSchema,
  criminalRecordBody,
  criminalRecordReply,
  deathBody,
  deathReply,
  recordParam,
  type CivilRecord,
  type MedicalCertificate,
  type RecordFlag,
} from './contract.js';
import { birthCertificate, CIVIL_STATUS_SYSTEM, criminalRecordCertificate, deathExtract } from './documents.js';
import type { CivilStatusState } from './state.js';

/** The civil-status system's scopes (mocks/clients.ts). */
export const CIVIL_STATUS_SCOPES = { register: 'civil-status.register', read: 'civil-status.read' } as const;

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) });
const errors = {
  409: { description: 'already registered (a second death, the same birth twice, a medical certificate used before)', schema: errorSchema },
  422: { description: 'a body off the contract, or facts the registry refuses (unknown or implausible parents, a date to come, …)', schema: errorSchema },
};

/** A domain refusal in vn06's error shape. */
function refusal(status: 404 | 409 | 422, message: string, field?: string): RouteResult {
  if (status === 409) return { status, body: { error: { code: 'conflict', message, ...(field === undefined ? {} : { field }) } } };
  return { status, body: defaultErrorBody({ status, code: status === 404 ? 'not_found' : 'unprocessable', message, field }) };
}

/** The wire field each fact of a world refusal comes from. */
const WIRE_FIELDS: Readonly<Record<string, string>> = {
  motherId: 'SoDinhDanhMe',
  fatherId: 'SoDinhDanhCha',
  dateOfBirth: 'NgaySinh',
  birthRegistrationProvinceCode: 'NoiDangKyKhaiSinh.MaTinhThanh',
  personalId: 'SoDinhDanh',
  dateOfDeath: 'NgayMat',
};

function refused(found: Refusal): RouteResult {
  return refusal(found.conflict ? 409 : 422, found.message, WIRE_FIELDS[found.fact] ?? found.fact);
}

/** A living citizen named in a body, or the reply refusing the ID. */
function livingPerson(world: World, personalId: string, field: string): Citizen | RouteResult {
  const person = world.citizen(personalId);
  if (!person) return refusal(422, `no citizen with personal ID ${personalId}`, field);
  return person.dateOfDeath === null ? person : refusal(422, `${personalId} died on ${person.dateOfDeath}`, field);
}

const isReply = (value: Citizen | RouteResult): value is RouteResult => 'status' in value;

/** The key under which an electronic medical certificate is remembered: one certificate backs one record. */
function certificateKey(certificate: MedicalCertificate): string | undefined {
  return certificate.kind === 'electronic' ? `certificate|${certificate.coSoYTe}|${certificate.so}` : undefined;
}

/** The reply refusing a medical certificate an earlier record already rests on, if one does. */
function certificateUsed(state: CivilStatusState, certificate: MedicalCertificate, field: string): RouteResult | undefined {
  const key = certificateKey(certificate);
  const earlier = key === undefined ? undefined : state.registered.get(key);
  if (earlier === undefined || certificate.kind !== 'electronic') return undefined;
  return refusal(409, `the medical certificate ${certificate.so} of ${certificate.coSoYTe} already backs ${earlier}`, field);
}

function store(state: CivilStatusState, record: CivilRecord, keys: readonly (string | undefined)[]): void {
  state.records.set(record.soDangKy, record);
  for (const key of keys) if (key !== undefined) state.registered.set(key, record.soDangKy);
}

function birthFacts(body: z.infer<typeof birthBody>): BirthFacts {
  const code = body.NoiDangKyKhaiSinh.MaTinhThanh;
  return {
    surname: body.HoVaTen.Ho,
    middleName: body.HoVaTen.ChuDem,
    givenName: body.HoVaTen.Ten,
    sex: body.GioiTinh === '1' ? 'male' : 'female',
    dateOfBirth: body.NgaySinh,
    birthRegistrationProvinceCode: code,
    birthRegistrationProvince: provinceIndex().oldByCode.get(code)?.name ?? '',
    fatherId: body.SoDinhDanhCha ?? null,
    motherId: body.SoDinhDanhMe,
  };
}

/** The civil-status system's route table. */
export const civilStatusRoutes = [
  defineRoute<CivilStatusState, Record<string, string>, Record<string, string>, z.infer<typeof birthBody>>({
    id: 'civil-status.birth',
    method: 'POST',
    path: '/v1/births',
    summary: 'Register a birth: the child gets a personal ID in the NPD, the declarant the e-birth certificate (R-LT-1, R-LT-4, R-LT-5)',
    scopes: [CIVIL_STATUS_SCOPES.register],
    body: birthBody,
    responses: { 201: { description: 'the registration, the child’s personal ID and the e-birth certificate', schema: birthReply }, ...errors },
    handle({ body, state, client, clock }) {
      const { world } = state;
      const facts = birthFacts(body);
      const found = world.birthRefusal(facts);
      if (found) return refused(found);
      const declarant = livingPerson(world, body.NguoiKhai, 'NguoiKhai');
      if (isReply(declarant)) return declarant;
      const fullName = [facts.surname, facts.middleName, facts.givenName].filter((part) => part !== '').join(' ');
      const birthKey = `birth|${facts.motherId}|${facts.dateOfBirth}|${fullName}`;
      const sameBirth = state.registered.get(birthKey);
      if (sameBirth) return refusal(409, `the birth of ${fullName} on ${facts.dateOfBirth} to ${facts.motherId} is already registered as ${sameBirth}`, 'HoVaTen');
      const used = certificateUsed(state, body.GiayChungSinh, 'GiayChungSinh');
      if (used) return used;
      const soDangKy = state.nextNumber('KS');
      const flags: RecordFlag[] = body.GiayChungSinh.kind === 'paper' ? ['paper-medical-certificate'] : [];
      const child = world.registerBirth(CIVIL_STATUS_SYSTEM, facts, { registrationNumber: soDangKy, flags });
      const parents = { mother: world.citizen(body.SoDinhDanhMe)!, father: facts.fatherId === null ? undefined : world.citizen(facts.fatherId) };
      const document = birthCertificate(soDangKy, child, parents, declarant, { place: body.NoiSinh, certificate: body.GiayChungSinh }, world.today());
      world.issueDocument(CIVIL_STATUS_SYSTEM, declarant.personalId, document);
      store(state, { soDangKy, kind: 'birth', SoDinhDanh: child.personalId, NguoiKhai: declarant.personalId, registeredAt: new Date(clock.now()).toISOString(), client: client!.id, flags, document }, [birthKey, certificateKey(body.GiayChungSinh)]);
      return { status: 201, body: { soDangKy, SoDinhDanh: child.personalId, HoVaTen: child.fullName, ngayDangKy: document.issuedOn, flags, document } };
    },
  }),
  defineRoute<CivilStatusState, Record<string, string>, Record<string, string>, z.infer<typeof deathBody>>({
    id: 'civil-status.death',
    method: 'POST',
    path: '/v1/deaths',
    summary: 'Register a death: the NPD marks the person deceased, the declarant gets the e-death extract; says whether the deceased had meritorious service (R-LT-2, R-LT-4, R-LT-5)',
    scopes: [CIVIL_STATUS_SCOPES.register],
    body: deathBody,
    responses: { 201: { description: 'the registration and the e-death extract', schema: deathReply }, ...errors },
    handle({ body, state, client, clock }) {
      const { world } = state;
      const found = world.deathRefusal(body.SoDinhDanh, body.NgayMat);
      if (found) return refused(found);
      if (body.NguoiKhai === body.SoDinhDanh) return refusal(422, 'the declarant cannot be the deceased', 'NguoiKhai');
      const declarant = livingPerson(world, body.NguoiKhai, 'NguoiKhai');
      if (isReply(declarant)) return declarant;
      const used = certificateUsed(state, body.GiayBaoTu, 'GiayBaoTu');
      if (used) return used;
      const soDangKy = state.nextNumber('KT');
      const meritorious = citizenExtras(state.seed, world.citizen(body.SoDinhDanh)!, world.today()).meritoriousService;
      const flags: RecordFlag[] = [...(body.GiayBaoTu.kind === 'paper' ? ['paper-medical-certificate' as const] : []), ...(meritorious ? ['meritorious-service' as const] : [])];
      const deceased = world.recordDeath(CIVIL_STATUS_SYSTEM, body.SoDinhDanh, body.NgayMat, { registrationNumber: soDangKy, flags, meritoriousService: meritorious })!;
      const document = deathExtract(soDangKy, deceased, declarant, { place: body.NoiMat, cause: body.NguyenNhan, certificate: body.GiayBaoTu }, world.today());
      world.issueDocument(CIVIL_STATUS_SYSTEM, declarant.personalId, document);
      store(state, { soDangKy, kind: 'death', SoDinhDanh: deceased.personalId, NguoiKhai: declarant.personalId, registeredAt: new Date(clock.now()).toISOString(), client: client!.id, flags, document }, [certificateKey(body.GiayBaoTu)]);
      return { status: 201, body: { soDangKy, SoDinhDanh: deceased.personalId, NgayMat: body.NgayMat, nguoiCoCong: meritorious, flags, document } };
    },
  }),
  defineRoute<CivilStatusState, z.infer<typeof recordParam>>({
    id: 'civil-status.record',
    method: 'GET',
    path: '/v1/records/:soDangKy',
    summary: 'A birth or death record by its registration number, with its flags and its document',
    scopes: [CIVIL_STATUS_SCOPES.read],
    params: recordParam,
    responses: { 200: { description: 'the record', schema: civilRecordSchema }, 404: { description: 'no record with this number', schema: errorSchema } },
    handle({ params, state }) {
      const record = state.records.get(params.soDangKy);
      return record ? { status: 200, body: record } : refusal(404, `no civil-status record ${params.soDangKy}`);
    },
  }),
  defineRoute<CivilStatusState, Record<string, string>, Record<string, string>, z.infer<typeof criminalRecordBody>>({
    id: 'civil-status.criminal-record-certificate',
    method: 'POST',
    path: '/v1/criminal-record-certificates',
    summary: 'Issue a criminal record certificate into the requester’s own VNeID wallet only; the reply carries its ID, not its content (R-LOOK-9)',
    scopes: [CIVIL_STATUS_SCOPES.register],
    body: criminalRecordBody,
    responses: { 201: { description: 'the certificate’s ID in the holder’s wallet', schema: criminalRecordReply }, 422: errors[422] },
    handle({ body, state }) {
      const { world } = state;
      if (body.NguoiYeuCau !== body.SoDinhDanh) {
        return refusal(422, 'a criminal record certificate is issued on VNeID only to the person it is about: NguoiYeuCau must be SoDinhDanh', 'NguoiYeuCau');
      }
      const holder = livingPerson(world, body.SoDinhDanh, 'SoDinhDanh');
      if (isReply(holder)) return holder;
      if (holder.vneidLevel < 2) return refusal(422, `${holder.personalId} has no level-2 VNeID account, which the certificate is issued to`, 'SoDinhDanh');
      const document = criminalRecordCertificate(state.nextNumber('LLTP'), holder, body.loaiPhieu, body.mucDich, world.today());
      world.issueDocument(CIVIL_STATUS_SYSTEM, holder.personalId, document);
      return { status: 201, body: { id: document.id, holderId: holder.personalId, issuedOn: document.issuedOn } };
    },
  }),
];
