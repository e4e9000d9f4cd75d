import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenSchema } from '../../src/contract/citizen.js';
import { parsePersonalId } from '../../src/identity/personal-id.js';
import { buildPopulationIndex } from '../../src/population/population-index.js';
import { findPersona, personaKinds, personas } from '../../src/population/personas.js';
import { run } from '../cli/helpers.js';
import { serve, type Served } from '../mocks/helpers.js';

const byKind = (kind: string) => personas().find((p) => p.kind === kind)!;

describe('the personas', () => {
  it('cover every kind once, with valid IDs consistent with their records, in NFC', () => {
    expect(personas().map((p) => p.kind)).toEqual([...personaKinds]);
    for (const p of personas()) {
      const c = p.citizen;
      const r = parsePersonalId(p.personalId, c ? { sex: c.sex, birthYear: Number(c.dateOfBirth.slice(0, 4)), birthProvinceCode: c.birthRegistrationProvinceCode } : {});
      expect(r.ok, p.kind).toBe(true);
      if (c) expect(citizenSchema.safeParse(c).success, p.kind).toBe(true);
      expect(p.fullName).toBe(p.fullName.normalize('NFC'));
    }
  });

  it('are the same whatever the seed of the population', () => {
    const a = buildPopulationIndex({ seed: 1, size: 100 });
    const b = buildPopulationIndex({ seed: 2, size: 100 });
    for (const p of personas()) {
      expect(a.byPersonalId(p.personalId)).toEqual(b.byPersonalId(p.personalId));
      if (p.citizen) expect(a.byPersonalId(p.personalId)).toBe(p.citizen);
    }
    expect(a.byPersonalId(byKind('unknown-id').personalId)).toBeUndefined();
    expect(a.byLegacyId('012999007')?.personalId).toBe(byKind('legacy-id-only').personalId);
    expect(findPersona('012999007')?.kind).toBe('legacy-id-only');
  });

  it('are listed by vn06 personas, as a table and as JSON', async () => {
    const table = await run('personas');
    expect(table.code).toBe(0);
    expect(table.stdout.trimEnd().split('\n')).toHaveLength(personaKinds.length);
    expect(table.stdout).toContain('079188999005');
    const json = await run('personas', '--json');
    expect(JSON.parse(json.stdout)).toHaveLength(personaKinds.length);
  });
});

describe('the personas in the NPD', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve();
  });
  afterAll(async () => {
    await s.server.close();
  });

  it('answer as the catalogue says: revoked 410, duplicate 409, unknown 404, deceased with NgayMat, rare letters intact', async () => {
    const token = await s.token();
    const lookup = (kind: string) => s.call('GET', `/npd/v1/citizens/${byKind(kind).personalId}`, { token });
    expect([(await lookup('revoked-id')).status, (await lookup('revoked-id')).json().error_code]).toEqual([410, 10]);
    expect([(await lookup('duplicate-records')).status, (await lookup('duplicate-records')).json().error_code]).toEqual([409, 11]);
    expect((await lookup('unknown-id')).status).toBe(404);
    expect((await lookup('deceased')).json().data.NgayMat).toBe('20241102');
    expect((await lookup('rare-diacritics')).json().data.HoVaTen).toEqual({ Ho: 'Ưng', ChuDem: 'Thị Ngọc', Ten: 'Ỷ' });
    expect((await s.call('GET', '/npd/v1/legacy-ids/182999006', { token })).status).toBe(409);
    const legacy = await s.call('GET', '/npd/v1/legacy-ids/012999007', { token });
    expect(legacy.json().data.SoDinhDanh).toBe(byKind('legacy-id-only').personalId);
  });
});
