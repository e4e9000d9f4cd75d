import type { JournalEntry } from '../../src/mock/journal.js';
import type { StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';

/** The ordinary adult (Hà Nội) and the persona who moved to Hồ Chí Minh City after 2025. */
const APPLICANTS = [
  { who: 'the ordinary adult', whoVi: 'người trưởng thành thông thường', personalId: '001085999001' },
  { who: 'the persona who moved after 2025', whoVi: 'người đã chuyển nơi ở sau năm 2025', personalId: '049183999010' },
] as const;

/** The abolished papers, matched without diacritics or case: the household book and the temporary-residence book. */
const BOOKS = /so ho khau|so tam tru|household book|temporary[- ]residence book/;
const plain = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** The texts among these that ask for a household or temporary-residence book. */
function books(texts: readonly string[]): string[] {
  return texts.filter((t) => BOOKS.test(plain(t)));
}

/** The names of the papers a dossier was submitted with, as the portal received them (`TaiLieuNop`). */
function submittedPapers(entries: readonly JournalEntry[]): string[] {
  return entries.flatMap((e) => ((e.request.body as { TaiLieuNop?: { TenTepDinhKem: string }[] } | null)?.TaiLieuNop ?? []).map((p) => p.TenTepDinhKem));
}

type Answer = StimulusOutput<'requestCriminalRecordCertificate'>;

/**
 * R-LOOK-1, R-LOOK-2: residence and household facts come from a lookup of the residence database (or the NPD) by
 * personal ID, not from uploaded papers; no procedure definition or submission asks for the household book ("sổ hộ
 * khẩu") or the temporary-residence book ("sổ tạm trú"). The procedure is the criminal record certificate, whose
 * form used to ask for a copy of the household book: the system's published definitions, its answer and the dossier
 * the portal received are all read.
 */
export default defineScenario({
  id: 'lookup/residence-from-database',
  title: {
    en: 'Residence and household come from the residence database; no procedure or dossier asks for sổ hộ khẩu or sổ tạm trú',
    vi: 'Thông tin cư trú và hộ gia đình được lấy từ cơ sở dữ liệu về cư trú; không thủ tục hay hồ sơ nào yêu cầu sổ hộ khẩu hoặc sổ tạm trú',
  },
  requirements: ['R-LOOK-1', 'R-LOOK-2'],
  tags: ['residence', 'portal', 'household-book'],
  async run({ sut, mocks, check }) {
    const { journal, world } = mocks.harness;
    const { procedures } = await sut.call('describeProcedures', {});
    const listed = procedures.map((p) => ({ code: p.code, asks: books([...p.papers, ...p.formFields]) }));
    const asked = listed.flatMap((p) => p.asks.map((a) => `${p.code}: ${a}`)).join('; ');
    check(
      'R-LOOK-2',
      procedures.length > 0 && listed.every((p) => p.asks.length === 0),
      {
        en: `no procedure definition asks for a household or temporary-residence book (asked: ${asked || 'none'})`,
        vi: `không định nghĩa thủ tục nào yêu cầu sổ hộ khẩu hoặc sổ tạm trú (đã yêu cầu: ${asked || 'không có'})`,
      },
      { data: procedures },
    );

    for (const { who, whoVi, personalId } of APPLICANTS) {
      const since = journal.mark;
      const got: Answer = await sut.call('requestCriminalRecordCertificate', { applicantId: personalId, personalId, certificateType: '1', purpose: 'Bổ sung hồ sơ xin việc' });
      const lookups = journal.list({ sinceSeq: since }).filter((e) => (e.route === 'residence.resident' || e.route === 'npd.lookup') && e.path.endsWith(`/${personalId}`) && e.response.status === 200);
      const submissions = journal.list({ route: 'portal.dossier.submit', sinceSeq: since });
      const held = world.citizen(personalId);
      const permanent = got.residence?.permanent;
      const same = permanent != null && held != null && permanent.wardCode === held.permanentAddress.wardCode && permanent.provinceCode === held.permanentAddress.provinceCode && permanent.detail === held.permanentAddress.detail;

      check('R-LOOK-1', lookups.length > 0, {
        en: `${who}: the residence was looked up by personal ID (${lookups.map((e) => e.route).join(', ') || 'no lookup'})`,
        vi: `${whoVi}: nơi cư trú được tra cứu theo số định danh cá nhân (${lookups.map((e) => e.route).join(', ') || 'không có lần tra cứu nào'})`,
      }, { journal: lookups.length > 0 ? lookups : journal.list({ sinceSeq: since }) });
      check('R-LOOK-1', same && got.residence?.householdId === held?.householdId, {
        en: `${who}: the dossier’s residence and household are the database’s (${permanent?.text ?? 'none'}, household ${got.residence?.householdId ?? 'none'}; held: ${held?.permanentAddress.detail}, ${held?.permanentAddress.ward}, household ${held?.householdId})`,
        vi: `${whoVi}: nơi cư trú và hộ gia đình trong hồ sơ đúng như trong cơ sở dữ liệu (${permanent?.text ?? 'không có'}, hộ ${got.residence?.householdId ?? 'không có'}; cơ sở dữ liệu lưu: ${held?.permanentAddress.detail}, ${held?.permanentAddress.ward}, hộ ${held?.householdId})`,
      }, { data: { answer: got.residence ?? null, held: held ? { address: held.permanentAddress, householdId: held.householdId } : null } });
      check('R-LOOK-1', got.requestedFromCitizen.length === 0, {
        en: `${who}: no paper asked for to prove residence (asked: ${got.requestedFromCitizen.join(', ') || 'nothing'})`,
        vi: `${whoVi}: không yêu cầu giấy tờ chứng minh nơi cư trú (đã yêu cầu: ${got.requestedFromCitizen.join(', ') || 'không có'})`,
      }, { data: got });

      const papers = submittedPapers(submissions);
      const askedBooks = [...books(papers), ...books(got.requestedFromCitizen)];
      check('R-LOOK-2', submissions.length > 0 && askedBooks.length === 0, {
        en: `${who}: the dossier submitted to the portal neither carries nor asks for a household or temporary-residence book (papers: ${papers.join('; ') || 'none'})`,
        vi: `${whoVi}: hồ sơ nộp lên Cổng Dịch vụ công quốc gia không kèm và không yêu cầu sổ hộ khẩu hay sổ tạm trú (giấy tờ: ${papers.join('; ') || 'không có'})`,
      }, { journal: submissions, data: { requestedFromCitizen: got.requestedFromCitizen } });
    }
  },
});
