import { request } from 'undici';
import { feeDue } from '../../mocks/treasury/fee-schedule.js';
import { SIGNATURE_HEADER, signCallback } from '../../src/mock/outbound.js';
import { defineScenario } from '../../src/scenario/types.js';
import { ADDRESS, during, later, MockReader, now, PERSONA } from './_steps.js';

/** Two fee-charging procedures: one with the online reduction of Thông tư 75/2022/TT-BTC, one with none configured. */
const CASES = [
  { name: 'permanent registration (online fee reduced)', nameVi: 'đăng ký thường trú (được giảm lệ phí khi nộp trực tuyến)', input: { MaTTHC: '1.004222', applicantId: PERSONA.otherProvince, residence: { address: ADDRESS.baDinh } } },
  { name: 'the vn06 test procedure (no online reduction)', nameVi: 'thủ tục kiểm thử của vn06 (không giảm phí khi nộp trực tuyến)', input: { MaTTHC: '9.999001', applicantId: PERSONA.ordinary } },
] as const;

interface OrderRequest {
  readonly MaHoSo: string;
  readonly MaTTHC: string;
  readonly amount: number;
  readonly channel: string;
  readonly payerId: string;
  readonly callbackUrl: string;
}

/** Posts a payment confirmation the treasury never sent: the right shape, signed with a key that is not the system's secret. */
async function forge(order: OrderRequest, orderId: string): Promise<number> {
  const body = JSON.stringify({ eventId: 'forged-0001', type: 'payment.confirmed', orderId, MaHoSo: order.MaHoSo, MaTTHC: order.MaTTHC, amount: order.amount, currency: 'VND', channel: order.channel, payerId: order.payerId, paidAt: '2026-06-01T01:00:00.000Z', transactionId: 'FORGED' });
  const res = await request(order.callbackUrl, { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signCallback('not-the-receivers-secret', Math.floor(Date.now() / 1000), body) }, body });
  await res.body.dump();
  return res.statusCode;
}

/**
 * R-PORT-5: fees are paid online through the treasury. For each dossier a payment order is created for the fee the
 * schedule sets on the online channel (reduced where a reduction is in force); the dossier goes on only once the
 * treasury's signed confirmation reached the system. A forged confirmation (the treasury's shape, another key) is
 * refused and changes nothing; the real one, after the citizen pays, lets the dossier finish.
 */
export default defineScenario({
  id: 'portal/online-payment',
  title: {
    en: 'Online fees: the order carries the online schedule’s amount; only the treasury’s signed confirmation lets the dossier go on',
    vi: 'Thanh toán trực tuyến: lệnh thanh toán mang đúng mức phí trực tuyến theo biểu phí; chỉ xác nhận có chữ ký của Kho bạc mới cho hồ sơ tiếp tục',
  },
  requirements: ['R-PORT-5'],
  tags: ['portal', 'treasury', 'payment', 'callback'],
  async run({ sut, mocks, check }) {
    const { harness } = mocks;
    const reader = new MockReader(mocks);
    for (const { name, nameVi, input } of CASES) {
      const { result: filed, entries } = await during(harness, () => sut.call('fileDossier', { ...input, at: now(harness) }), 'treasury.payment-order.create');
      const due = feeDue(input.MaTTHC, 'online')!;
      const created = entries.find((e) => e.response.status === 201);
      const order = created?.request.body as OrderRequest | undefined;
      const evidence = { data: { filed, due: { amount: due.amount, counter: due.entry.counter } }, journal: entries };
      const statuses = entries.map((e) => e.response.status).join(', ');
      check(
        'R-PORT-5',
        created !== undefined && filed.payment !== undefined,
        { en: `${name}: a payment order was created with the treasury (${statuses || 'none asked'})`, vi: `${nameVi}: đã tạo lệnh thanh toán với Kho bạc (${statuses || 'không có yêu cầu nào'})` },
        evidence,
      );
      if (!order || !filed.payment || !filed.dossierCode) continue;
      check('R-PORT-5', order.amount === due.amount && order.channel === 'online', {
        en: `${name}: charged ${order.amount} VND online; the schedule’s online fee is ${due.amount} (counter ${due.entry.counter})`,
        vi: `${nameVi}: thu ${order.amount} đồng qua kênh trực tuyến; mức phí trực tuyến theo biểu phí là ${due.amount} (tại bộ phận một cửa: ${due.entry.counter})`,
      }, evidence);

      const forged = await forge(order, filed.payment.orderId);
      const afterForgery = await sut.call('dossierStatus', { dossierCode: filed.dossierCode, at: now(harness) });
      const held = await sut.call('handleDossier', { dossierCode: filed.dossierCode, action: 'finish', at: later(harness, 1) });
      const forgery = { data: { receiverAnswered: forged, status: afterForgery, finish: held } };
      check('R-PORT-5', afterForgery.payment === 'pending' && held.outcome === 'awaiting-payment', {
        en: `${name}: a forged confirmation is not taken for payment (fee ${afterForgery.payment}, finishing: ${held.outcome})`,
        vi: `${nameVi}: xác nhận giả mạo không được coi là đã thanh toán (phí: ${afterForgery.payment}, hoàn thành hồ sơ: ${held.outcome})`,
      }, forgery);

      const paid = await reader.pay(filed.payment.orderId);
      const status = await sut.call('dossierStatus', { dossierCode: filed.dossierCode, at: now(harness) });
      check('R-PORT-5', paid.body.callback?.status === 200 && status.payment === 'paid', {
        en: `${name}: the treasury’s signed confirmation was accepted (receiver answered ${paid.body.callback?.status ?? 'nothing'}, fee ${status.payment})`,
        vi: `${nameVi}: xác nhận có chữ ký của Kho bạc được chấp nhận (bên nhận trả lời ${paid.body.callback?.status ?? 'không có'}, phí: ${status.payment})`,
      }, { data: { paid: paid.body, status } });
      const finished = await sut.call('handleDossier', { dossierCode: filed.dossierCode, action: 'finish', at: later(harness, 1) });
      const dossier = await reader.dossier(filed.dossierCode);
      check('R-PORT-5', finished.outcome === 'done' && (dossier?.payments.length ?? 0) === 1, {
        en: `${name}: once paid the dossier went on (${finished.outcome}), the portal records ${dossier?.payments.length ?? 0} payment`,
        vi: `${nameVi}: sau khi thanh toán, hồ sơ được tiếp tục xử lý (${finished.outcome}), Cổng ghi nhận ${dossier?.payments.length ?? 0} khoản thanh toán`,
      }, { data: { finished, portal: dossier?.payments } });
    }
  },
});
