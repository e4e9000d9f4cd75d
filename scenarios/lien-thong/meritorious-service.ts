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
  title: 'The death of a person with meritorious service is routed to that regime, never paid the standard allowance',
  requirements: ['R-LT-5'],
  tags: ['civil-status', 'social-insurance', 'treasury', 'chain', 'known-gap'],
  async run(ctx) {
    const { check, mocks, seed } = ctx;
    const family = findDeathFamily(mocks.harness, seed, true);
    const found = check(
      'R-LT-5',
      family !== undefined,
      family ? `a living person with meritorious service: ${family.deceasedId}` : `no living person with meritorious service among the ${mocks.harness.population.size} citizens of the population`,
      { data: family ?? null },
    );
    if (!found) return;
    const run = await declareDeath(ctx, deathDeclaration(mocks.harness, family!, electronicCertificate('BT-2026-000888')));

    const deaths = run.entries('civil-status.death');
    const registered = succeeded(deaths).map((e) => json(e.response.body))[0];
    check('R-LT-5', registered?.nguoiCoCong === true, registered ? `civil status registered the death, meritorious service: ${registered.nguoiCoCong}` : 'civil status registered no death', { journal: deaths });

    const allowance = run.answer.allowance;
    const claims = run.entries('social-insurance.funeral-allowance');
    check(
      'R-LT-5',
      (allowance.outcome === 'referred' || allowance.outcome === 'unsupported') && allowance.regime !== 'standard',
      `the system answered: allowance ${allowance.outcome}, regime ${allowance.regime ?? 'none'}${allowance.handledBy ? `, handled by ${allowance.handledBy}` : ''}`,
      { journal: claims, data: allowance },
    );
    const payments = run.entries('treasury.benefit.pay').filter((e) => json(e.request.body).kind === 'funeral-allowance');
    check(
      'R-LT-5',
      payments.length === 0 && run.events('benefit.paid').length === 0,
      payments.length === 0
        ? 'no funeral allowance was sent to the treasury'
        : `the standard allowance was sent to the treasury: ${payments.map((e) => `${json(e.request.body).amount} VND (answered ${e.response.status})`).join(', ')}`,
      { journal: payments },
    );
  },
});
