import { baseSalaryOn, FUNERAL_MULTIPLIER } from '../../mocks/social-insurance/funeral.js';
import { defineScenario } from '../../src/scenario/types.js';
import { deathDeclaration, declareDeath, electronicCertificate, findDeathFamily, json, succeeded } from './_chain.js';

/**
 * R-LT-2: one death declaration (a relative, signed in through VNeID) drives the three procedures of the chain: civil
 * status registers the death and the NPD marks the person deceased; the residence database removes the permanent
 * residence, after the death is registered (it refuses before); social insurance approves the standard funeral
 * allowance (10 × the base salary in force in the month of death) and the treasury pays it to the account the
 * relative registered. The deceased is the first living citizen of 60 or more without meritorious service (R-LT-5 has
 * the other case). Judged from what civil status, residence, social insurance and the treasury saw, and from the world.
 */
export default defineScenario({
  id: 'lien-thong/death-chain',
  title: {
    en: 'One death declaration registers the death, removes the permanent residence and pays the funeral allowance',
    vi: 'Một lần khai tử đăng ký khai tử, xóa đăng ký thường trú và chi trả trợ cấp mai táng',
  },
  requirements: ['R-LT-2'],
  tags: ['civil-status', 'residence', 'social-insurance', 'treasury', 'chain'],
  async run(ctx) {
    const { check, mocks, seed } = ctx;
    const { world } = mocks.harness;
    const family = findDeathFamily(mocks.harness, seed, false);
    if (!check('R-LT-2', family !== undefined, {
          en: `a living citizen of 60 or more with a permanent residence (found ${family?.deceasedId ?? 'none'})`,
          vi: `có một công dân còn sống từ 60 tuổi trở lên, đã đăng ký thường trú (tìm được: ${family?.deceasedId ?? 'không có'})`,
        }, { data: family ?? null })) return;
    const { deceasedId, claimantId, account } = family!;
    const declaration = deathDeclaration(mocks.harness, family!, electronicCertificate('BT-2026-000456'));
    const run = await declareDeath(ctx, declaration);

    const deaths = run.entries('civil-status.death');
    const registered = succeeded(deaths).find((e) => json(e.request.body).SoDinhDanh === deceasedId);
    const dateOfDeath = world.citizen(deceasedId)?.dateOfDeath ?? null;
    check('R-LT-2', registered !== undefined && dateOfDeath === declaration.dateOfDeath, { en: `the NPD marks ${deceasedId} deceased: date of death ${dateOfDeath ?? 'none'}`, vi: `CSDLQG về dân cư ghi nhận ${deceasedId} đã mất: ngày mất ${dateOfDeath ?? 'không có'}` }, { journal: deaths });

    const removals = run.entries('residence.permanent-removal').filter((e) => json(e.request.body).SoDinhDanh === deceasedId);
    const early = removals.filter((e) => registered === undefined || e.seq < registered.seq);
    const removed = succeeded(removals).filter((e) => json(e.request.body).reason === 'death');
    check(
      'R-LT-2',
      world.residenceStatus(deceasedId) === 'removed' && removed.length === 1 && early.length === 0,
      {
        en: `the permanent residence: ${world.residenceStatus(deceasedId)}; ${removals.length} removal request(s), ${early.length} before the death was registered${early.length > 0 ? ` (answered ${early.map((e) => e.response.status).join(', ')})` : ''}`,
        vi: `nơi thường trú: ${world.residenceStatus(deceasedId)}; ${removals.length} yêu cầu xóa đăng ký thường trú, ${early.length} yêu cầu gửi trước khi đăng ký khai tử${early.length > 0 ? ` (được trả lời ${early.map((e) => e.response.status).join(', ')})` : ''}`,
      },
      { journal: removals },
    );

    const claims = run.entries('social-insurance.funeral-allowance');
    const decision = succeeded(claims).map((e) => json(e.response.body))[0];
    const due = FUNERAL_MULTIPLIER * baseSalaryOn(declaration.dateOfDeath).amount;
    check(
      'R-LT-2',
      decision?.regime === 'standard' && decision.amount === due,
      decision
        ? {
            en: `social insurance approved the ${decision.regime} allowance of ${decision.amount ?? 'no amount'} VND (due: ${due})`,
            vi: `BHXH đã duyệt trợ cấp theo chế độ ${decision.regime}, số tiền ${decision.amount ?? 'không có'} đồng (mức phải trả: ${due})`,
          }
        : { en: 'social insurance decided no funeral allowance', vi: 'BHXH không ra quyết định trợ cấp mai táng nào' },
      { journal: claims },
    );

    const payments = run.entries('treasury.benefit.pay');
    const paid = succeeded(payments).map((e) => json(e.response.body)).find((p) => p.kind === 'funeral-allowance' && p.beneficiaryId === claimantId);
    const toRegistered = account === null ? paid?.method === 'cash' : paid?.account?.number === account.number && paid?.account?.provider === account.provider;
    check(
      'R-LT-2',
      paid !== undefined && paid.amount === due && toRegistered,
      paid
        ? {
            en: `the treasury paid ${paid.amount} VND to ${claimantId} (${paid.method}${paid.account ? ` ${paid.account.provider}` : ''}; registered: ${account ? account.provider : 'none'})`,
            vi: `Kho bạc đã chi ${paid.amount} đồng cho ${claimantId} (${paid.method}${paid.account ? ` ${paid.account.provider}` : ''}; tài khoản đã đăng ký: ${account ? account.provider : 'không có'})`,
          }
        : {
            en: `the treasury paid no funeral allowance to ${claimantId} (${payments.length} payment request(s))`,
            vi: `Kho bạc không chi trợ cấp mai táng nào cho ${claimantId} (${payments.length} yêu cầu chi trả)`,
          },
      { journal: payments, data: { registeredAccount: account } },
    );

    const answer = run.answer;
    check(
      'R-LT-2',
      answer.outcome === 'completed' && answer.allowance.outcome === 'paid',
      {
        en: `the system answered ${answer.outcome}, allowance ${answer.allowance.outcome}: ${answer.message}`,
        vi: `hệ thống trả lời ${answer.outcome}, trợ cấp ${answer.allowance.outcome}: ${answer.message}`,
      },
      { data: answer },
    );
  },
});
