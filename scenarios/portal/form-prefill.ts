import { defineScenario } from '../../src/scenario/types.js';
import { during, MockReader, PERSONA } from './_steps.js';

interface Reduction {
  readonly MaTTHC: string;
  readonly baselineFields: number;
  readonly typedNow: number;
  readonly reduction: number;
  readonly meetsTarget: boolean;
}

/** The applicant's own fields a form fills in from the NPD, and the value each must carry for the ordinary adult. */
const EXPECTED = (citizen: { fullName: string; personalId: string; dateOfBirth: string }): Record<string, string> => ({
  fullName: citizen.fullName,
  idNumber: citizen.personalId,
  dateOfBirth: citizen.dateOfBirth,
});

/**
 * R-PORT-2: the e-forms cut at least 20% of the fields a citizen declared on the pre-reform paper form; a field counts
 * as cut only when the citizen no longer types it (filled in from the NPD or a warehouse, or dropped). The system
 * publishes its catalogue and e-forms; the portal measures each form of the catalogue against its baseline; and the
 * form a citizen opens must really arrive filled in with the NPD's values.
 */
export default defineScenario({
  id: 'portal/form-prefill',
  title: {
    en: 'E-forms cut at least 20% of the baseline fields, and the fields filled in from the NPD arrive filled in',
    vi: 'Biểu mẫu điện tử cắt giảm ít nhất 20% số trường so với biểu mẫu gốc, và các trường lấy từ CSDLQG về dân cư được điền sẵn',
  },
  requirements: ['R-PORT-2'],
  tags: ['portal', 'forms', 'prefill'],
  async run({ sut, mocks, check }) {
    const reader = new MockReader(mocks);
    await sut.call('publishCatalogue', {});
    // Judged on the catalogue the portal received, not on the system's own account of it.
    const published = (await reader.get<{ procedures: { MaTTHC: string }[] }>('/portal/v1/catalogue')).body;
    const baselines = await reader.get<{ forms: { MaTTHC: string }[] }>('/portal/v1/forms');
    const offered = new Set((published.procedures ?? []).map((p) => p.MaTTHC));
    const measured = baselines.body.forms.filter((f) => offered.has(f.MaTTHC));
    check('R-PORT-2', measured.length > 0, {
      en: `${measured.length} procedures of the catalogue have a baseline form (${measured.map((f) => f.MaTTHC).join(', ')})`,
      vi: `${measured.length} thủ tục trong danh mục có biểu mẫu gốc (${measured.map((f) => f.MaTTHC).join(', ')})`,
    }, { data: published });
    for (const { MaTTHC } of measured) {
      const got = await reader.get<Reduction>(`/portal/v1/forms/${MaTTHC}/reduction`);
      const r = got.body;
      check(
        'R-PORT-2',
        got.status === 200 && r.meetsTarget,
        got.status === 200
          ? {
              en: `${MaTTHC}: the citizen types ${r.typedNow} of ${r.baselineFields} baseline fields, ${Math.round(r.reduction * 100)}% cut`,
              vi: `${MaTTHC}: công dân tự nhập ${r.typedNow} trên ${r.baselineFields} trường của biểu mẫu gốc, cắt giảm ${Math.round(r.reduction * 100)}%`,
            }
          : { en: `${MaTTHC}: no e-form published`, vi: `${MaTTHC}: chưa công bố biểu mẫu điện tử` },
        { data: r },
      );
    }
    const citizen = mocks.harness.world.citizen(PERSONA.ordinary)!;
    const expected = EXPECTED(citizen);
    for (const MaTTHC of ['1.004227', '2.000488']) {
      const { result: form, entries: lookups } = await during(mocks.harness, () => sut.call('openForm', { MaTTHC, applicantId: PERSONA.ordinary }), 'npd.lookup');
      const prefilled = form.fields.filter((f) => f.key in expected);
      const wrong = prefilled.filter((f) => f.source !== 'npd' || f.value !== expected[f.key]);
      // "From the NPD" is what the NPD saw: a lookup of the applicant while the form was opened.
      const lookedUp = lookups.some((e) => e.path.endsWith(`/${PERSONA.ordinary}`) && e.response.status === 200);
      check('R-PORT-2', lookedUp && prefilled.length === Object.keys(expected).length && wrong.length === 0, {
        en: `${MaTTHC}: name, personal ID and date of birth arrive filled in from the NPD (${wrong.map((f) => `${f.key}: ${f.source}, ${f.value ?? 'empty'}`).join('; ') || 'all three'})`,
        vi: `${MaTTHC}: họ tên, số định danh cá nhân và ngày sinh được điền sẵn từ CSDLQG về dân cư (${wrong.map((f) => `${f.key}: ${f.source}, ${f.value ?? 'trống'}`).join('; ') || 'đủ cả ba trường'})`,
      }, { data: form, journal: lookups });
    }
  },
});
