import type { StimulusInput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';
import { MockReader, PERSONA } from './_steps.js';

const HOST = { name: 'Nguyễn Văn An', personalId: PERSONA.ordinary, phone: '0912999001', establishment: 'Homestay Tràng Tiền' };
const ADDRESS = { ChiTiet: 'Số 1 phố Tràng Tiền', MaPhuongXa: '00082', MaTinhThanh: '01' };
const PASSPORT = { number: 'C9999001', nationality: 'FR', fullName: 'Claire Martin', dateOfBirth: '1990-03-14' };

interface Notice {
  readonly name: string;
  /** `name` in Vietnamese, for the report in `--lang vi`. */
  readonly nameVi: string;
  readonly guest: StimulusInput<'notifyAccommodation'>['guest'];
  /** The key the portal files notices under: the personal ID or the passport number. */
  readonly lookup: string;
  readonly outcome: 'accepted' | 'refused';
}

const NOTICES: readonly Notice[] = [
  { name: 'a citizen guest', nameVi: 'khách là công dân Việt Nam', guest: { personalId: PERSONA.level2 }, lookup: PERSONA.level2, outcome: 'accepted' },
  { name: 'a foreign guest', nameVi: 'khách là người nước ngoài', guest: { passport: PASSPORT }, lookup: PASSPORT.number, outcome: 'accepted' },
  { name: 'a guest whose personal ID no one holds', nameVi: 'khách có số định danh cá nhân không thuộc về ai', guest: { personalId: PERSONA.unknown }, lookup: PERSONA.unknown, outcome: 'refused' },
];

/**
 * R-PORT-8: an accommodation notice (thông báo lưu trú) for a guest is accepted and can be looked up. A homestay
 * notifies a citizen guest and a foreign guest; the portal must hold each notice, under the guest, with the ID the
 * system gave the host. A guest no citizen is is refused, with a reason.
 */
export default defineScenario({
  id: 'portal/accommodation-notice',
  title: {
    en: 'Accommodation notices for a citizen and a foreign guest are accepted and can be looked up on the portal',
    vi: 'Thông báo lưu trú cho khách là công dân và khách nước ngoài được tiếp nhận và tra cứu lại được trên Cổng',
  },
  requirements: ['R-PORT-8'],
  tags: ['portal', 'accommodation'],
  async run({ sut, mocks, check }) {
    const reader = new MockReader(mocks);
    for (const n of NOTICES) {
      const told = await sut.call('notifyAccommodation', { host: HOST, guest: n.guest, from: '2026-06-01', to: '2026-06-04', address: ADDRESS });
      const found = await reader.get<{ notices: { id: string }[] }>(`/portal/v1/accommodation-notices?guest=${n.lookup}`);
      const ids = (found.body?.notices ?? []).map((x) => x.id);
      const evidence = { data: { answer: told, portal: found.body } };
      check('R-PORT-8', told.outcome === n.outcome, { en: `${n.name}: expected ${n.outcome}, got ${told.outcome}`, vi: `${n.nameVi}: mong đợi ${n.outcome}, thực tế ${told.outcome}` }, evidence);
      if (n.outcome === 'accepted') {
        check(
          'R-PORT-8',
          told.noticeId !== undefined && ids.includes(told.noticeId),
          {
            en: `${n.name}: the portal holds the notice ${told.noticeId ?? '(none given)'} under the guest (${ids.join(', ') || 'none'})`,
            vi: `${n.nameVi}: Cổng lưu thông báo ${told.noticeId ?? '(không có mã)'} theo khách lưu trú (${ids.join(', ') || 'không có'})`,
          },
          evidence,
        );
      } else {
        check('R-PORT-8', told.message.trim() !== '' && ids.length === 0, { en: `${n.name}: refused with a reason, nothing filed`, vi: `${n.nameVi}: bị từ chối có nêu lý do, không có thông báo nào được lưu` }, evidence);
      }
    }
  },
});
