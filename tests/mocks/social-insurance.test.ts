import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardSchema, clinicCardSchema, funeralReply, healthCheckReply } from '../../mocks/social-insurance/contract.js';
import { enrolledFaceTemplate } from '../../mocks/social-insurance/index.js';
import type { Citizen } from '../../src/contract/citizen.js';
import { parseHealthInsuranceCard } from '../../src/identity/health-insurance.js';
import type { BirthFacts, WalletDocument } from '../../src/mock/world.js';
import { citizenExtras } from '../../src/population/extras.js';
import { personas } from '../../src/population/personas.js';
import { serve, testPopulation, type Served } from './helpers.js';

let s: Served;
beforeAll(async () => {
  s = await serve();
});
afterAll(async () => {
  await s.server.close();
});
beforeEach(() => {
  s.harness.reset();
});

const ORDINARY = '001085999001';
const CHILD = '001322999002';
const DECEASED_MERITORIOUS = '038050999003';
const LEVEL_2_FOREIGN_ACCOUNT = '048096999009';
const UNKNOWN = personas().find((p) => p.kind === 'unknown-id')!.personalId;
const TODAY = '2026-01-01';

/** The first living citizen of the test population that satisfies `test`, after skipping `skip` of them. */
function living(test: (c: Citizen) => boolean, skip = 0): Citizen {
  const p = testPopulation();
  for (let i = 0, seen = 0; i < p.size; i++) {
    const c = p.at(i);
    if (c.dateOfDeath === null && test(c) && seen++ === skip) return c;
  }
  throw new Error('no such citizen in the test population');
}
const adult = (c: Citizen): boolean => c.dateOfBirth < '2000-01-01';
const mother = () => living((c) => c.sex === 'female' && adult(c) && c.permanentAddress.provinceCode !== '00');

function birth(sex: Citizen['sex'], dateOfBirth = '2025-12-20'): Citizen {
  const facts: BirthFacts = {
    surname: 'Nguyễn', middleName: 'Thị', givenName: 'Hoa', sex, dateOfBirth,
    birthRegistrationProvinceCode: '01', birthRegistrationProvince: 'Thành phố Hà Nội', fatherId: null, motherId: mother().personalId,
  };
  return s.harness.world.registerBirth('civil-status', facts);
}

const issue = async (SoDinhDanh: string, token?: string) =>
  s.call('POST', '/social-insurance/v1/health-insurance-cards/children', { token: token ?? (await s.token()), json: { SoDinhDanh } });
const lookup = async (id: string, client = 'clinic') => s.call('GET', `/social-insurance/v1/health-insurance-cards/${id}`, { token: await s.token(client) });
const walletDocs = (personalId: string): WalletDocument[] =>
  s.harness.world.events({ personalId, kind: 'wallet.document.issued' }).map((e) => e.data.document as WalletDocument);

describe('health-insurance cards for children under 6 (R-LT-1, step 3)', () => {
  it('issues a newborn registered by civil status a TE1 card of the residence province to the day before the 6th birthday, into the NPD and the VNeID wallet', async () => {
    const child = birth('female');
    s.harness.world.registerResidence('residence', child.personalId, mother().permanentAddress);
    const r = await issue(child.personalId);
    expect(r.status).toBe(201);
    const card = cardSchema.parse(r.json());
    const parsed = parseHealthInsuranceCard(card.maThe);
    expect(parsed.ok && parsed.value).toMatchObject({ group: 'TE', benefitLevel: 1, provinceCode: mother().permanentAddress.provinceCode, socialInsuranceCode: card.maSoBHXH });
    expect([card.tuNgayDt, card.denNgayDt]).toEqual(['2025-12-20', '2031-12-19']);
    expect(s.harness.world.citizen(child.personalId)).toMatchObject({ healthInsuranceCard: card.maThe, socialInsuranceCode: card.maSoBHXH });
    const issued = s.harness.world.events({ personalId: child.personalId, kind: 'health-insurance.card.issued' });
    expect(issued.map((e) => [e.system, e.data.card])).toEqual([['social-insurance', card.maThe]]);
    expect(walletDocs(child.personalId)).toEqual([
      expect.objectContaining({ type: 'health-insurance-card', holderId: child.personalId, issuedOn: TODAY, validUntil: '2031-12-19', status: 'valid' }),
    ]);
  });

  it('takes the birth-registration province while the newborn has no permanent residence yet', async () => {
    const card = (await issue(birth('male').personalId)).json();
    expect(card.maThe.slice(0, 5)).toBe('TE101');
    expect(card.coSoKCB).toBe('Trung tâm Y tế Thành phố Hà Nội');
  });

  it('shows the new card to a clinic, sex coded the social-insurance way (0 female, 1 male)', async () => {
    const girl = birth('female');
    const boy = birth('male');
    const girlCard = (await issue(girl.personalId)).json();
    await issue(boy.personalId);
    const seen = clinicCardSchema.parse((await lookup(girl.personalId)).json());
    expect(seen).toMatchObject({ maThe: girlCard.maThe, gioiTinh: 0, ngaySinh: '20/12/2025', tuNgayDt: '20/12/2025', denNgayDt: '19/12/2031', trangThaiThe: 'valid' });
    expect((await lookup(boy.personalId)).json().gioiTinh).toBe(1);
  });

  it('gives every child a different social insurance code', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 3; i++) codes.add((await issue(birth('male').personalId)).json().maSoBHXH);
    expect(codes.size).toBe(3);
  });

  it('issues on the day before the 6th birthday and refuses on the birthday (422)', async () => {
    const last = await issue(birth('male', '2020-01-02').personalId);
    expect([last.status, last.json().denNgayDt]).toEqual([201, TODAY]);
    const six = await issue(birth('male', '2020-01-01').personalId);
    expect(six.status).toBe(422);
    expect(six.json().error.message).toContain('6 or older');
  });

  it('refuses a child who already holds a card (409), the first time from the population, the second from a previous issue', async () => {
    const held = await issue(CHILD);
    expect([held.status, held.json().error.code]).toEqual([409, 'conflict']);
    expect(held.json().error.message).toContain('TE1019999999002');
    const child = birth('female');
    expect((await issue(child.personalId)).status).toBe(201);
    expect((await issue(child.personalId)).status).toBe(409);
    expect(walletDocs(child.personalId)).toHaveLength(1);
  });

  it('refuses an adult, a deceased child and a child not born yet by the clock (422), an unknown ID (404)', async () => {
    expect((await issue(ORDINARY)).status).toBe(422);
    const died = birth('male');
    s.harness.world.recordDeath('civil-status', died.personalId, '2025-12-28');
    const dead = await issue(died.personalId);
    expect([dead.status, dead.json().error.message]).toEqual([422, expect.stringContaining('deceased')]);
    const earlier = await serve({ clock: { start: '2021-06-01T00:00:00Z', frozen: true } });
    try {
      const unborn = await earlier.call('POST', '/social-insurance/v1/health-insurance-cards/children', { token: await earlier.token(), json: { SoDinhDanh: CHILD } });
      expect([unborn.status, unborn.json().error.message]).toEqual([422, expect.stringContaining('after today (2021-06-01)')]);
    } finally {
      await earlier.server.close();
    }
    const unknown = await issue(UNKNOWN);
    expect([unknown.status, unknown.json().error.code]).toEqual([404, 'not_found']);
  });

  it('refuses a malformed ID (422), no token (401) and a clinic token, which may only read (403)', async () => {
    const malformed = await issue('12345');
    expect([malformed.status, malformed.json().error.field]).toEqual([422, 'SoDinhDanh']);
    expect((await s.call('POST', '/social-insurance/v1/health-insurance-cards/children', { json: { SoDinhDanh: CHILD } })).status).toBe(401);
    expect((await issue(birth('male').personalId, await s.token('clinic'))).status).toBe(403);
  });
});

describe('card lookup by personal ID for clinics (R-LOOK-6)', () => {
  it('returns only what a clinic needs for a child persona’s card', async () => {
    const r = await lookup(CHILD);
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({
      soDinhDanh: CHILD, maSoBHXH: '9999999002', maThe: 'TE1019999999002', maDoiTuong: 'TE', mucHuong: 1, hoTen: 'Trần Ngọc Bảo Anh',
      ngaySinh: '15/03/2022', gioiTinh: 0, tuNgayDt: '15/03/2022', denNgayDt: '14/03/2028', maKCB: expect.stringMatching(/^01\d{3}$/),
      coSoKCB: expect.stringMatching(/^Trạm Y tế /), trangThaiThe: 'valid',
    });
  });

  it('dates an adult’s card to the calendar year, says when the holder died, and also answers the card-issuing system', async () => {
    expect((await lookup(ORDINARY)).json()).toMatchObject({ maThe: 'GD4019999999001', gioiTinh: 1, tuNgayDt: '01/01/2026', denNgayDt: '31/12/2026', trangThaiThe: 'valid' });
    expect((await lookup(DECEASED_MERITORIOUS)).json().trangThaiThe).toBe('holder-deceased');
    expect((await lookup(CHILD, 'procedure-system')).status).toBe(200);
  });

  it('tells an unknown ID from a citizen without a card (both 404, distinct messages)', async () => {
    const unknown = await lookup(UNKNOWN);
    const uncarded = await lookup(birth('male').personalId);
    expect([unknown.status, uncarded.status]).toEqual([404, 404]);
    expect(unknown.json().error.message).toContain('no citizen');
    expect(uncarded.json().error.message).toContain('holds no health-insurance card');
  });

  it('refuses a malformed ID (400) and a bank token (403)', async () => {
    expect((await lookup('0013229990')).status).toBe(400);
    expect((await lookup(CHILD, 'bank')).status).toBe(403);
  });
});

describe('biometric verification pilot (R-LOOK-6)', () => {
  const verify = async (SoDinhDanh: string, faceTemplateHash: string, client = 'clinic') =>
    s.call('POST', '/social-insurance/v1/biometric-verifications', { token: await s.token(client), json: { SoDinhDanh, faceTemplateHash } });

  it('matches the enrolled template, sha256("vn06-face:<seed>:<ID>"), and says no-match for any other; always a pilot', async () => {
    const enrolled = createHash('sha256').update(`vn06-face:1:${ORDINARY}`).digest('hex');
    expect(enrolledFaceTemplate(1, ORDINARY)).toBe(enrolled);
    expect((await verify(ORDINARY, enrolled)).json()).toEqual({ SoDinhDanh: ORDINARY, result: 'match', pilot: true });
    expect((await verify(CHILD, enrolled)).json()).toEqual({ SoDinhDanh: CHILD, result: 'no-match', pilot: true });
  });

  it('refuses an unknown ID (404), a hash that is not SHA-256 hex (422) and a client outside the pilot (403)', async () => {
    expect((await verify(UNKNOWN, enrolledFaceTemplate(1, UNKNOWN))).status).toBe(404);
    const upper = await verify(ORDINARY, enrolledFaceTemplate(1, ORDINARY).toUpperCase());
    expect([upper.status, upper.json().error.field]).toEqual([422, 'faceTemplateHash']);
    expect((await verify(ORDINARY, enrolledFaceTemplate(1, ORDINARY), 'procedure-system')).status).toBe(403);
  });
});

describe('funeral allowance (R-LT-2, R-LT-5, R-PORT-14)', () => {
  const claim = async (SoDinhDanh: string, claimant: string, account: unknown = null, client = 'procedure-system') =>
    s.call('POST', '/social-insurance/v1/funeral-allowances', { token: await s.token(client), json: { SoDinhDanh, claimant: { SoDinhDanh: claimant }, account } });
  const notMeritorious = (c: Citizen) => adult(c) && !citizenExtras(1, c, TODAY).meritoriousService;
  const BANK = { kind: 'bank', provider: 'BIDV', number: '12345678901' };

  it('refuses the allowance before the death is registered, and pays 10 × 2,340,000 VND to the given account after', async () => {
    const deceased = living((c) => notMeritorious(c) && c.personalId !== ORDINARY);
    const before = await claim(deceased.personalId, ORDINARY, BANK);
    expect([before.status, before.json().error.message]).toEqual([422, expect.stringContaining('not registered as deceased in the NPD')]);
    s.harness.world.recordDeath('civil-status', deceased.personalId, '2025-12-20');
    s.harness.world.removeResidence('residence', deceased.personalId, 'death');
    const after = await claim(deceased.personalId, ORDINARY, BANK);
    expect(after.status).toBe(201);
    const decision = funeralReply.parse(after.json());
    expect(decision).toMatchObject({
      regime: 'standard', amount: 23_400_000, currency: 'VND', dateOfDeath: '2025-12-20',
      basis: { multiplier: 10, baseSalary: 2_340_000, inForceFrom: '2024-07-01' },
      payment: { channel: 'account', source: 'request', account: { ...BANK, holderId: ORDINARY } },
    });
    const approved = s.harness.world.events({ personalId: deceased.personalId, kind: 'funeral-allowance.approved' });
    expect(approved.map((e) => [e.data.claimId, e.data.amount, e.data.claimantId])).toEqual([[decision.claimId, 23_400_000, ORDINARY]]);
  });

  it('refuses a second claim for the same death (409)', async () => {
    const deceased = living((c) => notMeritorious(c) && c.personalId !== ORDINARY);
    s.harness.world.recordDeath('civil-status', deceased.personalId, '2025-12-20');
    expect((await claim(deceased.personalId, ORDINARY)).status).toBe(201);
    const again = await claim(deceased.personalId, ORDINARY);
    expect([again.status, again.json().error.message]).toEqual([409, expect.stringContaining('already claimed (claim MT000001')]);
  });

  it('routes a person with meritorious service to that regime and pays nothing here (R-LT-5)', async () => {
    const r = await claim(DECEASED_MERITORIOUS, ORDINARY, BANK);
    expect(r.status).toBe(201);
    expect(r.json()).toMatchObject({ regime: 'meritorious-service', amount: null, handledBy: expect.stringContaining('người có công') });
    expect(r.json().payment).toBeUndefined();
    expect(s.harness.world.events({ kind: 'funeral-allowance.approved' })).toEqual([]);
    expect(s.harness.world.events({ kind: 'funeral-allowance.referred' }).map((e) => e.personalId)).toEqual([DECEASED_MERITORIOUS]);
  });

  it('counts in the base salary of the month of death', async () => {
    const [june, july] = [0, 1].map((skip) => living((c) => notMeritorious(c) && c.personalId !== ORDINARY, skip).personalId);
    s.harness.world.recordDeath('civil-status', june!, '2024-06-30');
    s.harness.world.recordDeath('civil-status', july!, '2024-07-01');
    expect((await claim(june!, ORDINARY)).json().amount).toBe(18_000_000);
    expect((await claim(july!, ORDINARY)).json().amount).toBe(23_400_000);
  });

  it('without an account in the claim, pays to the claimant’s registered account only when the claimant holds it', async () => {
    const deceased = () => {
      const c = living((x) => notMeritorious(x) && ![ORDINARY, LEVEL_2_FOREIGN_ACCOUNT].includes(x.personalId) && s.harness.world.citizen(x.personalId)!.dateOfDeath === null);
      s.harness.world.recordDeath('civil-status', c.personalId, '2025-12-01');
      return c.personalId;
    };
    expect((await claim(deceased(), ORDINARY)).json().payment).toEqual({
      channel: 'account', source: 'registered', account: { kind: 'bank', provider: 'Vietcombank', number: '0011004999001', holderId: ORDINARY },
    });
    const foreign = (await claim(deceased(), LEVEL_2_FOREIGN_ACCOUNT)).json().payment;
    expect([foreign.channel, foreign.reason]).toEqual(['none', expect.stringContaining('held under another personal ID (048195999008)')]);
    const without = living((c) => adult(c) && citizenExtras(1, c, TODAY).paymentAccount === null);
    expect((await claim(deceased(), without.personalId)).json().payment).toMatchObject({ channel: 'none', reason: expect.stringContaining('registered no') });
  });

  it('refuses an unknown deceased or claimant (404), a claimant who is the deceased or is dead (422), a clinic (403)', async () => {
    expect((await claim(UNKNOWN, ORDINARY)).status).toBe(404);
    const claimant = await claim(DECEASED_MERITORIOUS, UNKNOWN);
    expect([claimant.status, claimant.json().error.field]).toEqual([404, 'claimant.SoDinhDanh']);
    expect((await claim(DECEASED_MERITORIOUS, DECEASED_MERITORIOUS)).json().error.message).toContain('the claimant is the deceased');
    const dead = living(notMeritorious);
    s.harness.world.recordDeath('civil-status', dead.personalId, '2025-12-01');
    const deadClaimant = await claim(dead.personalId, DECEASED_MERITORIOUS);
    expect([deadClaimant.status, deadClaimant.json().error.message]).toEqual([422, expect.stringContaining('claimant 038050999003 is registered as deceased')]);
    expect((await claim(DECEASED_MERITORIOUS, ORDINARY, { kind: 'cash', provider: 'x', number: '123456' })).status).toBe(422);
    expect((await claim(DECEASED_MERITORIOUS, ORDINARY, null, 'clinic')).status).toBe(403);
  });
});

describe('electronic health checks for drivers (R-LOOK-10)', () => {
  const check = async (id: string, token?: string) => s.call('GET', `/social-insurance/v1/health-checks/${id}`, { token: token ?? (await s.token()) });

  it('returns the latest result with its facility, fitness, 12-month validity and the health format’s identity codes', async () => {
    const r = await check(ORDINARY);
    expect(r.status).toBe(200);
    expect(healthCheckReply.parse(r.json())).toMatchObject({
      facility: 'Bệnh viện Bạch Mai', checkedOn: '2025-12-01', fitToDrive: true, validUntil: '2026-11-30', status: 'valid',
      nguoiKham: { SO_CCCD: ORDINARY, HO_TEN: 'Nguyễn Văn An', NGAY_SINH: '19850412', GIOI_TINH: 1, MA_QUOCTICH: '000' },
    });
    expect((await check(LEVEL_2_FOREIGN_ACCOUNT)).json()).toMatchObject({ fitToDrive: false, validUntil: '2026-06-09', status: 'valid' });
  });

  it('says expired once 12 months have passed', async () => {
    const later = await serve({ clock: { start: '2026-06-10T00:00:00Z', frozen: true } });
    try {
      const r = await later.call('GET', `/social-insurance/v1/health-checks/${LEVEL_2_FOREIGN_ACCOUNT}`, { token: await later.token() });
      expect(r.json()).toMatchObject({ validUntil: '2026-06-09', status: 'expired' });
    } finally {
      await later.server.close();
    }
  });

  it('answers 404 when there is no result or no such citizen, 403 to a clinic', async () => {
    const none = await check(DECEASED_MERITORIOUS);
    expect([none.status, none.json().error.message]).toEqual([404, expect.stringContaining('no electronic health-check result')]);
    expect((await check(UNKNOWN)).json().error.message).toContain('no citizen');
    expect((await check(ORDINARY, await s.token('clinic'))).status).toBe(403);
  });
});

describe('e-health book pushed to VNeID (R-PORT-15)', () => {
  const record = {
    bloodGroup: 'O+', allergies: ['Penicillin'], chronicConditions: ['Tăng huyết áp'], lastCheckUp: '2025-11-20',
    vaccinations: [{ vaccine: 'Viêm gan B', date: '2010-05-01' }],
    diagnoses: ['I10 Tăng huyết áp vô căn'], prescriptions: ['Amlodipin 5mg'], labResults: ['Cholesterol 6.1 mmol/L'], clinicalNotes: 'Theo dõi huyết áp hằng tháng',
  };
  const put = async (id: string, body: unknown) => s.call('PUT', `/social-insurance/v1/health-records/${id}`, { token: await s.token(), json: body });
  const coverage = async () => (await s.call('GET', '/social-insurance/v1/health-records/coverage', { token: await s.token() })).json();

  it('pushes only the basic fields, under one document per citizen that a newer push replaces', async () => {
    const first = await put(LEVEL_2_FOREIGN_ACCOUNT, record);
    expect(first.status).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, withheld: ['diagnoses', 'prescriptions', 'labResults', 'clinicalNotes'] });
    await put(LEVEL_2_FOREIGN_ACCOUNT, { ...record, allergies: ['Penicillin', 'Hải sản'] });
    const docs = walletDocs(LEVEL_2_FOREIGN_ACCOUNT);
    expect(docs.map((d) => [d.id, d.type])).toEqual([[`e-health-book/${LEVEL_2_FOREIGN_ACCOUNT}`, 'e-health-book'], [`e-health-book/${LEVEL_2_FOREIGN_ACCOUNT}`, 'e-health-book']]);
    expect(docs[1]!.fields).toEqual({ bloodGroup: 'O+', allergies: 'Penicillin; Hải sản', chronicConditions: 'Tăng huyết áp', lastCheckUp: '2025-11-20', vaccinations: 'Viêm gan B (2010-05-01)' });
    expect(JSON.stringify(docs)).not.toMatch(/Amlodipin|Cholesterol|I10|Theo dõi/);
  });

  it('keeps but does not push the book of a citizen without a VNeID account, and reports the coverage', async () => {
    expect(await coverage()).toEqual({ records: 0, pushed: 0, share: 0, pushedFields: ['bloodGroup', 'allergies', 'chronicConditions', 'lastCheckUp', 'vaccinations'] });
    await put(ORDINARY, record);
    const child = await put(CHILD, { bloodGroup: 'A+' });
    expect(child.json()).toMatchObject({ version: 1, pushed: null, notPushedReason: expect.stringContaining('no VNeID account') });
    expect(walletDocs(CHILD)).toEqual([]);
    expect(await coverage()).toMatchObject({ records: 2, pushed: 1, share: 0.5 });
  });

  it('refuses a deceased citizen (422), an unknown one (404) and a body off the contract (422)', async () => {
    expect((await put(DECEASED_MERITORIOUS, record)).status).toBe(422);
    expect((await put(UNKNOWN, record)).status).toBe(404);
    const extra = await put(ORDINARY, { ...record, password: 'x' });
    expect(extra.status).toBe(422);
    const blood = await put(ORDINARY, { bloodGroup: 'Z' });
    expect([blood.status, blood.json().error.field]).toEqual([422, 'bloodGroup']);
  });
});

describe('bad input', () => {
  it('never answers a write route’s odd bodies with a 500', async () => {
    const token = await s.token();
    const clinic = await s.token('clinic');
    const odd = ['null', '[]', '"x"', '12', '{}', '{"SoDinhDanh":null}', '{"SoDinhDanh":"001085999001","claimant":[]}', '{"bloodGroup":{"a":1}}', '{"__proto__":{"x":1}}'];
    const routes: [string, string, string][] = [
      ['POST', '/social-insurance/v1/health-insurance-cards/children', token],
      ['POST', '/social-insurance/v1/funeral-allowances', token],
      ['PUT', `/social-insurance/v1/health-records/${ORDINARY}`, token],
      ['POST', '/social-insurance/v1/biometric-verifications', clinic],
    ];
    for (const [method, path, bearer] of routes) {
      for (const body of odd) {
        const r = await s.call(method, path, { token: bearer, body, headers: { 'content-type': 'application/json' } });
        expect([method, path, body, r.status < 500]).toEqual([method, path, body, true]);
      }
    }
  });
});
