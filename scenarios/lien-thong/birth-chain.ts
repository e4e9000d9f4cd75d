import { defineScenario } from '../../src/scenario/types.js';
import { birthDeclaration, declareBirth, describeTrail, electronicCertificate, json, MOTHER, portalTrail, returnedWithResult, succeeded } from './_chain.js';

/**
 * R-LT-1: one birth declaration (the father, signed in through VNeID) drives the three procedures of the chain:
 * civil status registers the birth and the child gets a personal ID in the NPD (harness assumption); the residence
 * database registers the child's permanent residence in the mother's household; social insurance issues the card of a
 * child under 6, after the residence (so it names the clinic of the child's commune); and each step's dossier reaches
 * the portal, returned with its result in the data warehouse. Judged from what civil status, residence, social
 * insurance and the portal saw, and from the world the NPD answers from.
 */
export default defineScenario({
  id: 'lien-thong/birth-chain',
  title: {
    en: 'One birth declaration registers the birth, the child’s permanent residence and health-insurance card, each step on the portal',
    vi: 'Một lần khai sinh đăng ký khai sinh, đăng ký thường trú và cấp thẻ BHYT cho trẻ, mỗi bước đều có hồ sơ trên Cổng Dịch vụ công quốc gia',
  },
  requirements: ['R-LT-1'],
  tags: ['civil-status', 'residence', 'social-insurance', 'portal', 'chain'],
  async run(ctx) {
    const { check, mocks } = ctx;
    const { world } = mocks.harness;
    const run = await declareBirth(ctx, birthDeclaration(mocks.harness, electronicCertificate('CS-2026-000123')));
    const births = succeeded(run.entries('civil-status.birth'));
    const childId = births.length === 1 ? String(json(births[0]!.response.body).SoDinhDanh) : '';
    const child = world.citizen(childId);
    const born = check(
      'R-LT-1',
      births.length === 1 && child !== undefined && run.events('birth.registered', childId).length === 1,
      {
        en: `harness assumption: a personal ID is issued to the child: civil status registered ${births.length} birth(s)${child ? `, and the NPD holds ${childId} (${child.fullName})` : ''}`,
        vi: `giả định của bộ kiểm thử: trẻ được cấp số định danh cá nhân: hệ thống hộ tịch đã đăng ký ${births.length} trường hợp khai sinh${child ? `, và CSDLQG về dân cư có ${childId} (${child.fullName})` : ''}`,
      },
      { journal: run.entries('civil-status.birth') },
    );
    if (!born) return;

    const residences = run.entries('residence.permanent-registration');
    const registered = succeeded(residences).filter((e) => json(e.request.body).SoDinhDanh === childId);
    const head = world.citizen(child!.headOfHouseholdId);
    check(
      'R-LT-1',
      registered.length === 1 && world.residenceStatus(childId) === 'registered' && world.citizen(childId)!.householdId === world.citizen(MOTHER)!.householdId,
      {
        en: `the child’s permanent residence: ${world.residenceStatus(childId)}${registered.length === 1 ? `, in the household of ${head?.personalId ?? '?'} (the mother’s)` : ' (no registration for the child reached the residence database)'}`,
        vi: `nơi thường trú của trẻ: ${world.residenceStatus(childId)}${registered.length === 1 ? `, trong hộ của ${head?.personalId ?? '?'} (hộ của người mẹ)` : ' (cơ sở dữ liệu về cư trú không nhận được yêu cầu đăng ký nào cho trẻ)'}`,
      },
      { journal: residences, data: { status: world.residenceStatus(childId) } },
    );

    const cards = run.entries('social-insurance.card.child');
    const issued = succeeded(cards).filter((e) => json(e.request.body).SoDinhDanh === childId);
    const card = world.citizen(childId)!.healthInsuranceCard;
    check('R-LT-1', issued.length === 1 && card !== null, { en: `the child’s health-insurance card: ${card ?? 'none issued'}`, vi: `thẻ BHYT của trẻ: ${card ?? 'chưa được cấp'}` }, { journal: cards });
    if (issued.length === 1 && registered.length === 1) {
      check(
        'R-LT-1',
        issued[0]!.seq > registered[0]!.seq,
        {
          en: `the card was asked for ${issued[0]!.seq > registered[0]!.seq ? 'after' : 'before'} the permanent residence was registered (the chain’s order: birth, residence, card)`,
          vi: `yêu cầu cấp thẻ BHYT được gửi ${issued[0]!.seq > registered[0]!.seq ? 'sau' : 'trước'} khi đăng ký thường trú (thứ tự của chuỗi liên thông: khai sinh, thường trú, thẻ BHYT)`,
        },
        { journal: [registered[0]!, issued[0]!] },
      );
    }

    const answer = run.answer;
    check('R-LT-1', answer.outcome === 'completed' && answer.steps.every((s) => s.outcome === 'done'), { en: `the system answered ${answer.outcome}: ${answer.message}`, vi: `hệ thống trả lời ${answer.outcome}: ${answer.message}` }, { data: answer });
    const trails = answer.steps.map((s) => ({ procedure: s.procedure, trail: portalTrail(run, s.dossierId) }));
    const missing = trails.filter((t) => !returnedWithResult(t.trail));
    check(
      'R-LT-1',
      trails.length === 3 && missing.length === 0,
      missing.length === 0
        ? {
            en: `each step’s dossier reached the portal and was returned with its result in the warehouse (${trails.map((t) => describeTrail(t.trail).en).join('; ')})`,
            vi: `hồ sơ của từng bước đã lên Cổng và được trả kết quả, kết quả có trong Kho quản lý dữ liệu điện tử (${trails.map((t) => describeTrail(t.trail).vi).join('; ')})`,
          }
        : {
            en: `steps whose result did not reach the portal: ${missing.map((t) => `${t.procedure} (${describeTrail(t.trail).en})`).join('; ')}`,
            vi: `các bước có kết quả chưa lên Cổng: ${missing.map((t) => `${t.procedure} (${describeTrail(t.trail).vi})`).join('; ')}`,
          },
      { journal: run.entries('portal.dossier.submit'), data: trails.map((t) => ({ procedure: t.procedure, MaHoSo: t.trail.MaHoSo, statuses: t.trail.statuses, documents: t.trail.documents.map((d) => d.data) })) },
    );
  },
});
