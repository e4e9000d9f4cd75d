import type { StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario, type ScenarioContext } from '../../src/scenario/types.js';
import { during, fileAndFinish, MockReader, now, PERSONA } from './_steps.js';

interface StoredDocument {
  readonly id: string;
  readonly type: string;
  readonly MaHoSo: string | null;
}

/** Checks a finished dossier's result is in the portal warehouse and in the system's own, as the same document. */
async function checkBothWarehouses(ctx: ScenarioContext, name: string, nameVi: string, code: string | undefined, own: StimulusOutput<'citizenDocuments'>): Promise<string | undefined> {
  const portal = code ? await new MockReader(ctx.mocks).get<{ documents: StoredDocument[] }>(`/portal/v1/warehouse/documents?MaHoSo=${encodeURIComponent(code)}`) : undefined;
  const onPortal = portal?.body.documents ?? [];
  const kept = own.documents.filter((d) => d.MaHoSo === code);
  const evidence = { data: { portal: onPortal, own: kept } };
  ctx.check('R-PORT-3', onPortal.length > 0, {
    en: `${name}: the result is in the portal’s data warehouse (${onPortal.map((d) => d.id).join(', ') || 'none'})`,
    vi: `${nameVi}: kết quả có trong Kho quản lý dữ liệu điện tử trên Cổng (${onPortal.map((d) => d.id).join(', ') || 'không có'})`,
  }, evidence);
  ctx.check('R-PORT-3', kept.length > 0 && kept.every((d) => onPortal.some((p) => p.id === d.portalDocumentId)), {
    en: `${name}: the system’s own warehouse keeps it too, as the same document (${kept.map((d) => `${d.id} = ${d.portalDocumentId ?? 'not on the portal'}`).join(', ') || 'none'})`,
    vi: `${nameVi}: kho dữ liệu của chính hệ thống cũng lưu kết quả, là cùng một văn bản (${kept.map((d) => `${d.id} = ${d.portalDocumentId ?? 'không có trên Cổng'}`).join(', ') || 'không có'})`,
  }, evidence);
  return onPortal[0]?.id;
}

/**
 * R-PORT-3: results are written to both the portal's data warehouse and the system's own, and a later procedure
 * reuses a stored result instead of asking for it. The ordinary adult obtains a residence confirmation; then applies
 * for a criminal record certificate, whose dossier needs proof of residence: the system must take the stored
 * confirmation from the warehouse (the portal dossier names it) and ask the citizen for nothing.
 */
export default defineScenario({
  id: 'portal/result-reuse',
  title: {
    en: 'Results go to the portal warehouse and the system’s own; a later procedure reuses a stored result instead of asking for it',
    vi: 'Kết quả được lưu vào Kho quản lý dữ liệu điện tử trên Cổng và kho của chính hệ thống; thủ tục sau tái sử dụng kết quả đã lưu thay vì yêu cầu nộp lại',
  },
  requirements: ['R-PORT-3'],
  tags: ['portal', 'warehouse', 'reuse'],
  async run(ctx) {
    const { sut, mocks, check } = ctx;
    const confirmation = await fileAndFinish(ctx, { MaTTHC: '1.004227', applicantId: PERSONA.ordinary, purpose: 'Nộp hồ sơ cấp Phiếu lý lịch tư pháp' });
    const stored = await checkBothWarehouses(ctx, 'the residence confirmation', 'giấy xác nhận thông tin về cư trú', confirmation.filed.dossierCode, await sut.call('citizenDocuments', { personalId: PERSONA.ordinary }));

    const { result: filed, entries } = await during(mocks.harness, () => sut.call('fileDossier', { MaTTHC: '2.000488', applicantId: PERSONA.ordinary, at: now(mocks.harness), purpose: 'Bổ sung hồ sơ xin việc' }));
    const reads = entries.filter((e) => e.route === 'portal.warehouse.list' || e.route === 'portal.warehouse.get');
    const dossier = filed.dossierCode ? await new MockReader(mocks).dossier(filed.dossierCode) : undefined;
    const fromWarehouse = dossier?.TaiLieuNop.filter((p) => p.DuocLayTuKhoDMQG === '1') ?? [];
    const evidence = { data: { filed, papers: dossier?.TaiLieuNop }, journal: reads };
    check('R-PORT-3', filed.outcome === 'received' && filed.requestedFromCitizen.length === 0, {
      en: `the criminal record application asks the citizen for nothing (asked: ${filed.requestedFromCitizen.join(', ') || 'nothing'})`,
      vi: `hồ sơ đề nghị cấp phiếu lý lịch tư pháp không yêu cầu công dân nộp gì (đã yêu cầu: ${filed.requestedFromCitizen.join(', ') || 'không có'})`,
    }, evidence);
    check('R-PORT-3', reads.some((e) => e.response.status === 200), { en: `the system looked the stored result up in the warehouse (${reads.length} read(s))`, vi: `hệ thống đã tra cứu kết quả đã lưu trong Kho quản lý dữ liệu điện tử (${reads.length} lần đọc)` }, evidence);
    check('R-PORT-3', stored !== undefined && fromWarehouse.some((p) => p.MaKetQuaThayThe === stored), {
      en: `the dossier takes the stored confirmation ${stored ?? '(none stored)'} from the warehouse (${fromWarehouse.map((p) => p.MaKetQuaThayThe).join(', ') || 'no paper taken from a warehouse'})`,
      vi: `hồ sơ lấy giấy xác nhận đã lưu ${stored ?? '(chưa lưu giấy nào)'} từ Kho quản lý dữ liệu điện tử (${fromWarehouse.map((p) => p.MaKetQuaThayThe).join(', ') || 'không có giấy tờ nào được lấy từ kho'})`,
    }, evidence);
  },
});
