import type { JournalEntry } from '../../src/mock/journal.js';
import { defineScenario, type ScenarioContext } from '../../src/scenario/types.js';
import { ADDRESS, during, fileAndFinish, MockReader, PERSONA, type PortalDossier } from './_steps.js';

interface StoredDocument {
  readonly id: string;
  readonly MaHoSo: string | null;
  readonly issuer: string;
  readonly content: string;
  readonly contentEncoding: 'text' | 'base64';
  readonly signature: string;
  readonly certificate: string;
}

interface Verdict {
  readonly valid: boolean;
  readonly signerKind: string;
  readonly signerName: string | null;
}

const stepTo = (status: string) => (e: JournalEntry): boolean => e.route === 'portal.dossier.step' && e.response.status === 200 && (e.request.body as { TrangThai?: string } | null)?.TrangThai === status;

/**
 * Checks every result of a finished dossier: named on the portal dossier by a warehouse document of that dossier, signed
 * by the issuing agency (the portal's verification service says so), and stored before the dossier was marked processed.
 */
async function checkResults(ctx: ScenarioContext, name: string, nameVi: string, dossier: PortalDossier | undefined, entries: readonly JournalEntry[]): Promise<void> {
  const reader = new MockReader(ctx.mocks);
  const results = dossier?.DanhSachGiayToKetQua ?? [];
  ctx.check('R-PORT-17', dossier?.TrangThaiHoSo === '10' && results.length > 0, {
    en: `${name}: the result was issued (${results.map((r) => r.TenGiayTo).join(', ') || 'no result'})`,
    vi: `${nameVi}: đã cấp kết quả (${results.map((r) => r.TenGiayTo).join(', ') || 'không có kết quả'})`,
  }, { data: dossier });
  for (const result of results) {
    const got = result.GiayToId ? await reader.get<StoredDocument>(`/portal/v1/warehouse/documents/${result.GiayToId}`) : undefined;
    const doc = got?.status === 200 ? got.body : undefined;
    const verdict = doc ? await reader.call<Verdict>('POST', '/portal/v1/signatures/verify', { document: doc.content, encoding: doc.contentEncoding, signature: doc.signature, certificate: doc.certificate }) : undefined;
    const evidence = { data: { result, document: doc && { id: doc.id, MaHoSo: doc.MaHoSo, issuer: doc.issuer }, verdict: verdict?.body } };
    ctx.check('R-PORT-17', doc !== undefined && doc.MaHoSo === dossier!.MaHoSo, {
      en: `${name}: ${result.TenGiayTo} is a warehouse document of the dossier (${result.GiayToId ?? 'no warehouse document named'})`,
      vi: `${nameVi}: ${result.TenGiayTo} là tài liệu trong Kho quản lý dữ liệu điện tử gắn với hồ sơ (${result.GiayToId ?? 'không nêu tài liệu nào trong kho'})`,
    }, evidence);
    ctx.check('R-PORT-17', verdict?.body.valid === true && verdict.body.signerKind === 'agency' && verdict.body.signerName === doc?.issuer, {
      en: `${name}: ${result.TenGiayTo} is signed by the issuing agency (${verdict ? `${verdict.body.signerKind}: ${verdict.body.signerName}` : 'no signature to check'})`,
      vi: `${nameVi}: ${result.TenGiayTo} được cơ quan cấp ký số (${verdict ? `${verdict.body.signerKind}: ${verdict.body.signerName}` : 'không có chữ ký để kiểm tra'})`,
    }, evidence);
  }
  const stored = entries.find((e) => e.route === 'portal.warehouse.store' && e.response.status === 201);
  const processed = entries.find(stepTo('9'));
  ctx.check('R-PORT-17', stored !== undefined && processed !== undefined && stored.seq < processed.seq, {
    en: `${name}: the result reached the warehouse when it was issued, before the dossier was marked processed`,
    vi: `${nameVi}: kết quả được đưa vào Kho quản lý dữ liệu điện tử ngay khi cấp, trước khi hồ sơ được chuyển sang trạng thái đã xử lý xong`,
  }, { journal: [stored, processed].filter((e) => e !== undefined) });
}

/**
 * R-PORT-17: every final result is an agency-signed electronic document in the data warehouse when it is issued, and a
 * paper dossier has electronic copies of its papers before it is processed. An online temporary registration, and a
 * permanent registration handed in on paper at the counter (on a day paper is taken), are carried to their result.
 */
export default defineScenario({
  id: 'portal/signed-results',
  title: {
    en: 'Every result is an agency-signed electronic document in the warehouse when issued; a paper dossier is digitised before processing',
    vi: 'Mọi kết quả đều là văn bản điện tử có chữ ký số của cơ quan cấp, có trong Kho quản lý dữ liệu điện tử ngay khi cấp; hồ sơ giấy được số hóa trước khi xử lý',
  },
  requirements: ['R-PORT-17'],
  tags: ['portal', 'warehouse', 'signature', 'digitisation'],
  async run(ctx) {
    const { mocks, check } = ctx;
    const reader = new MockReader(mocks);
    const online = await during(mocks.harness, () => fileAndFinish(ctx, { MaTTHC: '1.004194', applicantId: PERSONA.ordinary, residence: { address: ADDRESS.ngocHa, from: '2026-06-01', until: '2027-05-31' } }));
    await checkResults(ctx, 'online temporary registration', 'đăng ký tạm trú trực tuyến', await reader.dossier(online.result.filed.dossierCode ?? ''), online.entries);

    const papers = ['Tờ khai thay đổi thông tin cư trú (CT01)', 'Giấy tờ chứng minh chỗ ở hợp pháp'];
    const paper = await during(mocks.harness, () => fileAndFinish(ctx, { MaTTHC: '1.004222', applicantId: PERSONA.otherProvince, channel: 'counter', residence: { address: ADDRESS.baDinh }, papers }));
    const dossier = await reader.dossier(paper.result.filed.dossierCode ?? '');
    await checkResults(ctx, 'paper permanent registration', 'đăng ký thường trú bằng hồ sơ giấy', dossier, paper.entries);
    const undigitised = dossier?.warnings.filter((w) => w.code === 'processed-before-digitised') ?? [];
    const scanned = dossier?.TaiLieuNop.filter((p) => p.DuocSoHoa === '1').length ?? 0;
    check(
      'R-PORT-17',
      dossier?.KenhThucHien === '1' && undigitised.length === 0 && scanned === papers.length,
      {
        en: `paper permanent registration: every paper had an electronic copy before processing (${scanned} of ${papers.length} digitised${undigitised.length ? '; the portal saw it processed first' : ''})`,
        vi: `đăng ký thường trú bằng hồ sơ giấy: mọi giấy tờ đều có bản điện tử trước khi xử lý (${scanned} trên ${papers.length} giấy tờ được số hóa${undigitised.length ? '; Cổng ghi nhận hồ sơ được xử lý trước khi số hóa' : ''})`,
      },
      { data: { papers: dossier?.TaiLieuNop, warnings: dossier?.warnings, steps: dossier?.QuaTrinhXuLy } },
    );
  },
});
