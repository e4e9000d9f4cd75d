import { citizenFields } from '../../mocks/npd/contract.js';
import { defineScenario } from '../../src/scenario/types.js';

const ORDINARY = '001085999001';
/** The NPD's optional fields (old ID, tax code, relatives, household, …): a lookup gets them only by naming them. */
const OPTIONAL_FIELDS: readonly string[] = citizenFields;

/** The fields of an NPD answer's `data`, as the journal holds it. */
function fieldsAnswered(body: unknown): string[] {
  const data = (body as { data?: Record<string, unknown> } | null)?.data;
  return data ? Object.keys(data).filter((k) => data[k] !== null) : [];
}

/**
 * R-CONN-2 (harness assumption: the sources name no technical controls): the system asks the NPD for the fields the
 * procedure needs and no more. A lookup that names no `fields` gets every field the client may see (relatives,
 * household, tax code…); the journal shows what each lookup asked for and what came back.
 */
export default defineScenario({
  id: 'connection/data-minimisation',
  title: { en: 'Asks the NPD only for the fields the procedure needs', vi: 'Chỉ yêu cầu CSDLQG về dân cư trả về các trường mà thủ tục cần' },
  requirements: ['R-CONN-2'],
  tags: ['npd', 'security', 'privacy'],
  async run({ sut, mocks, check }) {
    const since = mocks.harness.journal.mark;
    const result = await sut.call('lookupCitizen', { id: ORDINARY });
    const lookups = mocks.harness.journal.list({ route: 'npd.lookup', sinceSeq: since });
    const asked = lookups.map((e) => ({ query: e.query, fieldsAnswered: fieldsAnswered(e.response.body) }));
    check('R-CONN-2', result.outcome === 'found' && lookups.length > 0, { en: `the lookup was made (${result.outcome})`, vi: `đã thực hiện tra cứu (${result.outcome})` }, { data: result, journal: lookups });
    const unnamed = lookups.filter((e) => e.query.fields === undefined);
    check('R-CONN-2', unnamed.length === 0, {
      en: `harness assumption (only permitted fields asked for): every lookup names the fields it needs (${unnamed.length} of ${lookups.length} asked for everything)`,
      vi: `giả định của bộ kiểm thử (chỉ yêu cầu các trường được phép): mỗi lần tra cứu đều nêu rõ các trường cần lấy (${unnamed.length} trên ${lookups.length} lần tra cứu yêu cầu lấy tất cả)`,
    }, { journal: unnamed.length > 0 ? unnamed : lookups, data: asked });
    const extra = [...new Set(asked.flatMap((a) => a.fieldsAnswered.filter((f) => OPTIONAL_FIELDS.includes(f))))];
    check('R-CONN-2', extra.length === 0, {
      en: `harness assumption (only permitted fields asked for): received no optional field a citizen lookup does not need (received: ${extra.join(', ') || 'none'})`,
      vi: `giả định của bộ kiểm thử (chỉ yêu cầu các trường được phép): không nhận trường tùy chọn nào mà việc tra cứu công dân không cần (đã nhận: ${extra.join(', ') || 'không có'})`,
    }, { data: asked });
  },
});
