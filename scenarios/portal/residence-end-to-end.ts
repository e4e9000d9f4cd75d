import { defineScenario } from '../../src/scenario/types.js';
import { ADDRESS, checkEndToEnd, fileAndFinish, MockReader, PERSONA } from './_steps.js';

interface Resident {
  readonly ThuongTru: { MaPhuongXa: string } | null;
  readonly temporaryResidence: { address: { MaPhuongXa: string }; current: boolean } | null;
}

/** One residence service, run by one citizen, and what the residence database must hold afterwards. */
interface Service {
  readonly name: string;
  /** `name` in Vietnamese, for the report in `--lang vi`. */
  readonly nameVi: string;
  readonly input: Parameters<typeof fileAndFinish>[1];
  readonly registered: (resident: Resident) => boolean;
}

const SERVICES: readonly Service[] = [
  {
    name: 'first permanent registration (Đăng ký thường trú), moving from Hồ Chí Minh City',
    nameVi: 'đăng ký thường trú lần đầu, chuyển đến từ Thành phố Hồ Chí Minh',
    input: { MaTTHC: '1.004222', applicantId: PERSONA.otherProvince, residence: { address: ADDRESS.baDinh }, papers: ['Giấy tờ chứng minh chỗ ở hợp pháp'] },
    registered: (r) => r.ThuongTru?.MaPhuongXa === ADDRESS.baDinh.MaPhuongXa,
  },
  {
    name: 'temporary registration (Đăng ký tạm trú)',
    nameVi: 'đăng ký tạm trú',
    input: { MaTTHC: '1.004194', applicantId: PERSONA.ordinary, residence: { address: ADDRESS.ngocHa, from: '2026-06-01', until: '2027-05-31' }, papers: ['Hợp đồng thuê nhà'] },
    registered: (r) => r.temporaryResidence?.address.MaPhuongXa === ADDRESS.ngocHa.MaPhuongXa && r.temporaryResidence.current,
  },
];

/**
 * R-PORT-6: the three residence services run end to end ("toàn trình") on the portal: filed online, the fee paid
 * online where there is one, decided in the residence database, the result returned electronically, with no step in
 * person. Checked on the portal (the dossier reaches 10), the residence database (the registration is there, the
 * confirmation is in the citizen's VNeID wallet) and the system's answers (nothing left to do in person).
 */
export default defineScenario({
  id: 'portal/residence-end-to-end',
  title: {
    en: 'Permanent and temporary registration and residence confirmation run end to end against the residence and portal mocks',
    vi: 'Đăng ký thường trú, đăng ký tạm trú và xác nhận thông tin về cư trú chạy toàn trình với hệ thống cư trú và Cổng giả lập',
  },
  requirements: ['R-PORT-6'],
  tags: ['portal', 'residence', 'end-to-end'],
  async run(ctx) {
    const { mocks, check } = ctx;
    const reader = new MockReader(mocks);
    for (const service of SERVICES) {
      const carried = await fileAndFinish(ctx, service.input);
      if (!(await checkEndToEnd(ctx, 'R-PORT-6', { en: service.name, vi: service.nameVi }, carried))) continue;
      const resident = await reader.get<Resident>(`/residence/v1/residents/${service.input.applicantId}`);
      check('R-PORT-6', resident.status === 200 && service.registered(resident.body), { en: `${service.name}: the residence database holds the registration`, vi: `${service.nameVi}: cơ sở dữ liệu về cư trú đã có thông tin đăng ký` }, { data: resident.body });
    }
    const name = { en: 'residence confirmation (Xác nhận thông tin về cư trú)', vi: 'xác nhận thông tin về cư trú' };
    const carried = await fileAndFinish(ctx, { MaTTHC: '1.004227', applicantId: PERSONA.level2, purpose: 'Bổ sung hồ sơ xin việc' });
    if (!(await checkEndToEnd(ctx, 'R-PORT-6', name, carried))) return;
    const issued = mocks.harness.world.events({ kind: 'wallet.document.issued', personalId: PERSONA.level2 }).filter((e) => (e.data.document as { type?: string }).type === 'residence-confirmation');
    check('R-PORT-6', issued.length === 1, {
      en: `${name.en}: the residence database issued the confirmation into the citizen’s VNeID wallet (${issued.length})`,
      vi: `${name.vi}: cơ sở dữ liệu về cư trú đã cấp giấy xác nhận vào ví VNeID của công dân (${issued.length})`,
    }, { data: issued });
  },
});
