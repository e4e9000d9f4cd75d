import type { StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario, type ScenarioContext } from '../../src/scenario/types.js';
import { birthDeclaration, deathDeclaration, declareBirth, declareDeath, findDeathFamily, json, paperCertificate, portalTrail, succeeded, type ChainRun } from './_chain.js';

/**
 * R-LT-5 (a known gap of both chains): Health's birth and death medical-certificate system is not finished, so a
 * family may hold only a paper certificate. The chain accepts a paper or scanned copy (civil status registers on it)
 * and flags the dossier so an officer checks the original: the system's answer carries `paper-medical-certificate`,
 * and so does the note (`GhiChu`) of the first step's dossier on the portal.
 */

const FLAG = 'paper-medical-certificate';

/** Checks one chain declared with a paper certificate: accepted by civil status and carried through, and flagged. */
function checkPaperChain(ctx: ScenarioContext, chain: string, chainVi: string, run: ChainRun<StimulusOutput<'declareBirth'> | StimulusOutput<'declareDeath'>>, route: string, field: 'GiayChungSinh' | 'GiayBaoTu'): void {
  const registrations = run.entries(route);
  const accepted = succeeded(registrations).find((e) => json(e.request.body)[field]?.kind === 'paper');
  const answer = run.answer;
  ctx.check(
    'R-LT-5',
    accepted !== undefined && answer.outcome === 'completed',
    {
      en: `${chain}: ${accepted ? `civil status registered it on the scanned paper (record flags: ${json(accepted.response.body).flags.join(', ')})` : 'civil status registered nothing on the paper certificate'}; the system answered ${answer.outcome}${answer.requestedFromCitizen.length > 0 ? `, asking for: ${answer.requestedFromCitizen.join(', ')}` : ''}`,
      vi: `${chainVi}: ${accepted ? `hệ thống hộ tịch đã đăng ký dựa trên bản giấy đã quét (cờ của bản ghi: ${json(accepted.response.body).flags.join(', ')})` : 'hệ thống hộ tịch không đăng ký gì dựa trên giấy chứng sinh/giấy báo tử bản giấy'}; hệ thống trả lời ${answer.outcome}${answer.requestedFromCitizen.length > 0 ? `, yêu cầu: ${answer.requestedFromCitizen.join(', ')}` : ''}`,
    },
    { journal: registrations, data: answer },
  );
  const first = portalTrail(run, answer.steps[0]?.dossierId ?? null);
  const note = first.submitted ? String(json(first.submitted.request.body).GhiChu ?? '') : '';
  ctx.check(
    'R-LT-5',
    answer.flags.includes(FLAG) && note.includes(FLAG),
    {
      en: `${chain}: the system’s flags: ${answer.flags.join(', ') || 'none'}; the portal dossier’s note ${note.includes(FLAG) ? `carries ${FLAG}` : first.submitted ? `does not carry ${FLAG}` : 'is missing: no dossier on the portal'}`,
      vi: `${chainVi}: cờ của hệ thống: ${answer.flags.join(', ') || 'không có'}; ghi chú của hồ sơ trên Cổng ${note.includes(FLAG) ? `có ${FLAG}` : first.submitted ? `không có ${FLAG}` : 'bị thiếu: không có hồ sơ nào trên Cổng'}`,
    },
    { journal: first.submitted ? [first.submitted] : run.entries('portal.dossier.submit'), data: { flags: answer.flags, GhiChu: note } },
  );
}

export default defineScenario({
  id: 'lien-thong/paper-medical-certificate',
  title: {
    en: 'With no electronic medical certificate, the chains accept a scanned paper one and flag the dossier',
    vi: 'Khi không có giấy chứng sinh, giấy báo tử điện tử, chuỗi liên thông nhận bản giấy đã quét và gắn cờ hồ sơ',
  },
  requirements: ['R-LT-5'],
  tags: ['civil-status', 'portal', 'chain', 'known-gap'],
  async run(ctx) {
    const { harness } = ctx.mocks;
    const birth = await declareBirth(ctx, birthDeclaration(harness, paperCertificate('giay-chung-sinh.jpg')));
    checkPaperChain(ctx, 'birth chain', 'liên thông khai sinh', birth, 'civil-status.birth', 'GiayChungSinh');
    const family = findDeathFamily(harness, ctx.seed, false);
    if (!ctx.check('R-LT-5', family !== undefined, {
        en: `a living citizen of 60 or more to declare the death of (found ${family?.deceasedId ?? 'none'})`,
        vi: `có một công dân còn sống từ 60 tuổi trở lên để khai tử (tìm được: ${family?.deceasedId ?? 'không có'})`,
      }, { data: family ?? null })) return;
    const death = await declareDeath(ctx, deathDeclaration(harness, family!, paperCertificate('giay-bao-tu.pdf')));
    checkPaperChain(ctx, 'death chain', 'liên thông khai tử', death, 'civil-status.death', 'GiayBaoTu');
  },
});
