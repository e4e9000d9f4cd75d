import type { JournalEntry } from '../../src/mock/journal.js';
import { defineScenario, type ScenarioContext } from '../../src/scenario/types.js';
import { birthDeclaration, deathDeclaration, declareBirth, declareDeath, electronicCertificate, findDeathFamily, json, succeeded, type ChainRun } from './_chain.js';

/**
 * R-LT-4: the civil-status system issues the electronic birth certificate and the electronic death extract, and the
 * chain stores each in the citizen data warehouse on the portal, signed by the civil registry that issued it (the
 * warehouse refuses any other signature). Judged from civil status's replies and what the warehouse was sent and
 * stored (the `warehouse.document.stored` events).
 */

/** The e-document civil status issued in a registration, with the citizen it is about. */
interface Issued {
  readonly entry: JournalEntry;
  readonly document: { readonly id: string; readonly type: string; readonly holderId: string; readonly issuer: string };
}

/** The registration civil status answered with its e-document, if any. */
function issuedBy(run: ChainRun<unknown>, route: string): Issued | undefined {
  const entry = succeeded(run.entries(route))[0];
  return entry && { entry, document: json(entry.response.body).document };
}

/** Checks one e-document: issued by civil status, then stored in the warehouse about the same citizen, signed by its issuer. */
function checkDocument(ctx: ScenarioContext, run: ChainRun<unknown>, route: string, type: 'birth-certificate' | 'death-extract', label: string, labelVi: string): void {
  const issued = issuedBy(run, route);
  const ok = ctx.check(
    'R-LT-4',
    issued?.document.type === type,
    issued
      ? {
          en: `civil status issued the ${label} ${issued.document.id} (type ${issued.document.type}) about ${issued.document.holderId}`,
          vi: `hệ thống hộ tịch đã cấp ${labelVi} ${issued.document.id} (loại ${issued.document.type}) cho ${issued.document.holderId}`,
        }
      : { en: `civil status registered nothing, so no ${label} was issued`, vi: `hệ thống hộ tịch không đăng ký gì, nên không cấp ${labelVi} nào` },
    { journal: run.entries(route) },
  );
  if (!ok) return;
  const { document } = issued!;
  const sent = run.entries('portal.warehouse.store').filter((e) => json(e.request.body).type === type);
  const stored = succeeded(sent).filter((e) => json(e.request.body).SoDinhDanh === document.holderId && json(e.response.body).signerName === document.issuer);
  const event = run.events('warehouse.document.stored', document.holderId).find((e) => e.data.type === type);
  ctx.check(
    'R-LT-4',
    stored.length > 0 && event !== undefined,
    stored.length > 0 && event
      ? { en: `the ${label} is in the warehouse for ${document.holderId}, signed by ${document.issuer}`, vi: `${labelVi} đã có trong Kho quản lý dữ liệu điện tử của ${document.holderId}, do ${document.issuer} ký` }
      : {
          en: `the ${label} is not in the warehouse for ${document.holderId} (${sent.length} ${type} document(s) sent, ${succeeded(sent).length} stored, none about the holder signed by the issuer)`,
          vi: `${labelVi} không có trong Kho quản lý dữ liệu điện tử của ${document.holderId} (đã gửi ${sent.length} tài liệu loại ${type}, lưu được ${succeeded(sent).length}, không tài liệu nào về người này do cơ quan cấp ký)`,
        },
    { journal: sent.length > 0 ? sent : [issued!.entry], data: event?.data ?? null },
  );
}

export default defineScenario({
  id: 'lien-thong/e-documents',
  title: {
    en: 'Civil status issues the e-birth certificate and the e-death extract, and the chain stores them in the data warehouse',
    vi: 'Hệ thống hộ tịch cấp giấy khai sinh điện tử và trích lục khai tử điện tử; chuỗi liên thông lưu chúng vào Kho quản lý dữ liệu điện tử',
  },
  requirements: ['R-LT-4'],
  tags: ['civil-status', 'portal', 'warehouse', 'chain'],
  async run(ctx) {
    const { harness } = ctx.mocks;
    const birth = await declareBirth(ctx, birthDeclaration(harness, electronicCertificate('CS-2026-000777')));
    checkDocument(ctx, birth, 'civil-status.birth', 'birth-certificate', 'e-birth certificate', 'giấy khai sinh điện tử');
    const family = findDeathFamily(harness, ctx.seed, false);
    if (!ctx.check('R-LT-4', family !== undefined, {
        en: `a living citizen of 60 or more to declare the death of (found ${family?.deceasedId ?? 'none'})`,
        vi: `có một công dân còn sống từ 60 tuổi trở lên để khai tử (tìm được: ${family?.deceasedId ?? 'không có'})`,
      }, { data: family ?? null })) return;
    const death = await declareDeath(ctx, deathDeclaration(harness, family!, electronicCertificate('BT-2026-000777')));
    checkDocument(ctx, death, 'civil-status.death', 'death-extract', 'e-death extract', 'trích lục khai tử điện tử');
  },
});
