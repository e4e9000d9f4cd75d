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
function checkPaperChain(ctx: ScenarioContext, chain: string, run: ChainRun<StimulusOutput<'declareBirth'> | StimulusOutput<'declareDeath'>>, route: string, field: 'GiayChungSinh' | 'GiayBaoTu'): void {
  const registrations = run.entries(route);
  const accepted = succeeded(registrations).find((e) => json(e.request.body)[field]?.kind === 'paper');
  const answer = run.answer;
  ctx.check(
    'R-LT-5',
    accepted !== undefined && answer.outcome === 'completed',
    `${chain}: ${accepted ? `civil status registered it on the scanned paper (record flags: ${json(accepted.response.body).flags.join(', ')})` : 'civil status registered nothing on the paper certificate'}; the system answered ${answer.outcome}${answer.requestedFromCitizen.length > 0 ? `, asking for: ${answer.requestedFromCitizen.join(', ')}` : ''}`,
    { journal: registrations, data: answer },
  );
  const first = portalTrail(run, answer.steps[0]?.dossierId ?? null);
  const note = first.submitted ? String(json(first.submitted.request.body).GhiChu ?? '') : '';
  ctx.check(
    'R-LT-5',
    answer.flags.includes(FLAG) && note.includes(FLAG),
    `${chain}: the system’s flags: ${answer.flags.join(', ') || 'none'}; the portal dossier’s note ${note.includes(FLAG) ? `carries ${FLAG}` : first.submitted ? `does not carry ${FLAG}` : 'is missing: no dossier on the portal'}`,
    { journal: first.submitted ? [first.submitted] : run.entries('portal.dossier.submit'), data: { flags: answer.flags, GhiChu: note } },
  );
}

export default defineScenario({
  id: 'lien-thong/paper-medical-certificate',
  title: 'With no electronic medical certificate, the chains accept a scanned paper one and flag the dossier',
  requirements: ['R-LT-5'],
  tags: ['civil-status', 'portal', 'chain', 'known-gap'],
  async run(ctx) {
    const { harness } = ctx.mocks;
    const birth = await declareBirth(ctx, birthDeclaration(harness, paperCertificate('giay-chung-sinh.jpg')));
    checkPaperChain(ctx, 'birth chain', birth, 'civil-status.birth', 'GiayChungSinh');
    const family = findDeathFamily(harness, ctx.seed, false);
    if (!ctx.check('R-LT-5', family !== undefined, `a living citizen of 60 or more to declare the death of (found ${family?.deceasedId ?? 'none'})`, { data: family ?? null })) return;
    const death = await declareDeath(ctx, deathDeclaration(harness, family!, paperCertificate('giay-bao-tu.pdf')));
    checkPaperChain(ctx, 'death chain', death, 'civil-status.death', 'GiayBaoTu');
  },
});
