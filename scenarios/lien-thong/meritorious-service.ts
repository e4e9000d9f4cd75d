import { defineScenario } from '../../src/scenario/types.js';
import { deathDeclaration, declareDeath, electronicCertificate, findDeathFamily, json, succeeded } from './_chain.js';

/**
 * R-LT-5 (a known gap of the death chain): the funeral allowance of a person with meritorious service ("người có
 * công") follows another regime. The chain must route it there (social insurance refers it to Labour, Invalids and
 * Social Affairs) or report it unsupported, and never silently pay the standard allowance through the treasury. The
 * deceased is the first living citizen of the population with meritorious service (`citizenExtras`).
 */
export default defineScenario({
  id: 'lien-thong/meritorious-service',
  title: {
    en: 'The death of a person with meritorious service is routed to that regime, never paid the standard allowance',
    vi: 'Người có công với cách mạng qua đời được chuyển sang chế độ dành cho người có công, không bao giờ được chi trợ cấp mai táng theo chế độ thông thường',
  },
  requirements: ['R-LT-5'],
  tags: ['civil-status', 'social-insurance', 'treasury', 'chain', 'known-gap'],
  async run(ctx) {
    const { check, mocks, seed } = ctx;
    const family = findDeathFamily(mocks.harness, seed, true);
    const found = check(
      'R-LT-5',
      family !== undefined,
      family
        ? { en: `a living person with meritorious service: ${family.deceasedId}`, vi: `có một người có công còn sống: ${family.deceasedId}` }
        : {
            en: `no living person with meritorious service among the ${mocks.harness.population.size} citizens of the population`,
            vi: `không có người có công nào còn sống trong ${mocks.harness.population.size} công dân của tập dân cư`,
          },
      { data: family ?? null },
    );
    if (!found) return;
    const run = await declareDeath(ctx, deathDeclaration(mocks.harness, family!, electronicCertificate('BT-2026-000888')));

    const deaths = run.entries('civil-status.death');
    const registered = succeeded(deaths).map((e) => json(e.response.body))[0];
    check(
      'R-LT-5',
      registered?.nguoiCoCong === true,
      registered
        ? { en: `civil status registered the death, meritorious service: ${registered.nguoiCoCong}`, vi: `hệ thống hộ tịch đã đăng ký khai tử, người có công: ${registered.nguoiCoCong}` }
        : { en: 'civil status registered no death', vi: 'hệ thống hộ tịch không đăng ký khai tử nào' },
      { journal: deaths },
    );

    const allowance = run.answer.allowance;
    const claims = run.entries('social-insurance.funeral-allowance');
    check(
      'R-LT-5',
      (allowance.outcome === 'referred' || allowance.outcome === 'unsupported') && allowance.regime !== 'standard',
      {
        en: `the system answered: allowance ${allowance.outcome}, regime ${allowance.regime ?? 'none'}${allowance.handledBy ? `, handled by ${allowance.handledBy}` : ''}`,
        vi: `hệ thống trả lời: trợ cấp ${allowance.outcome}, chế độ ${allowance.regime ?? 'không có'}${allowance.handledBy ? `, do ${allowance.handledBy} giải quyết` : ''}`,
      },
      { journal: claims, data: allowance },
    );
    const payments = run.entries('treasury.benefit.pay').filter((e) => json(e.request.body).kind === 'funeral-allowance');
    check(
      'R-LT-5',
      payments.length === 0 && run.events('benefit.paid').length === 0,
      payments.length === 0
        ? { en: 'no funeral allowance was sent to the treasury', vi: 'không có yêu cầu chi trợ cấp mai táng nào được gửi tới Kho bạc' }
        : {
            en: `the standard allowance was sent to the treasury: ${payments.map((e) => `${json(e.request.body).amount} VND (answered ${e.response.status})`).join(', ')}`,
            vi: `trợ cấp theo chế độ thông thường đã được gửi tới Kho bạc: ${payments.map((e) => `${json(e.request.body).amount} đồng (được trả lời ${e.response.status})`).join(', ')}`,
          },
      { journal: payments },
    );
  },
});
