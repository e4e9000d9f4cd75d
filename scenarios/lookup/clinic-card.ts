import { enrolledFaceTemplate } from '../../mocks/social-insurance/index.js';
import type { StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';

const ORDINARY = '001085999001';
const CHILD = '001322999002';
const DECEASED = '038050999003';
const UNKNOWN = '001190999004';
/** A face template hash that is nobody's: the pilot answers no-match. */
const STRANGER_FACE = 'f'.repeat(64);

/** One patient at the desk and the admission the card data supports. */
interface Admission {
  readonly who: string;
  /** `who` in Vietnamese, for the report in `--lang vi`. */
  readonly whoVi: string;
  readonly personalId: string;
  readonly face?: string;
  readonly outcome: StimulusOutput<'admitPatient'>['outcome'];
}

/**
 * R-LOOK-6: at a clinic's admission desk the chip ID card is enough: the system reads the health-insurance card linked
 * to the personal ID from social insurance (the card number the NPD record holds), asks for no paper card, and the
 * biometric sub-check, a pilot (TB299 III.8, III.9), is reported but never turns a patient away.
 */
export default defineScenario({
  id: 'lookup/clinic-card',
  title: {
    en: 'A clinic admits on the chip ID card: the linked insurance card is read, no paper asked, the biometric pilot never a gate',
    vi: 'Cơ sở khám chữa bệnh tiếp nhận bằng thẻ CCCD gắn chíp: đọc thẻ BHYT gắn với số định danh, không yêu cầu giấy tờ, thí điểm sinh trắc học không bao giờ là điều kiện tiếp nhận',
  },
  requirements: ['R-LOOK-6'],
  tags: ['social-insurance', 'clinic', 'pilot'],
  async run({ sut, mocks, seed, check, note }) {
    const { journal, world } = mocks.harness;
    const admissions: readonly Admission[] = [
      { who: 'the ordinary adult, face matching', whoVi: 'người trưởng thành thông thường, khuôn mặt khớp', personalId: ORDINARY, face: enrolledFaceTemplate(seed, ORDINARY), outcome: 'admitted' },
      { who: 'the ordinary adult, face not matching', whoVi: 'người trưởng thành thông thường, khuôn mặt không khớp', personalId: ORDINARY, face: STRANGER_FACE, outcome: 'admitted' },
      { who: 'a child under 6 (card group TE), no face reader', whoVi: 'trẻ em dưới 6 tuổi (nhóm thẻ TE), không có thiết bị đọc khuôn mặt', personalId: CHILD, outcome: 'admitted' },
      { who: 'a deceased card holder', whoVi: 'chủ thẻ đã mất', personalId: DECEASED, outcome: 'card-not-valid' },
      { who: 'an unknown ID', whoVi: 'số định danh không có trong CSDLQG về dân cư', personalId: UNKNOWN, outcome: 'not-found' },
    ];
    for (const a of admissions) {
      const since = journal.mark;
      const got = await sut.call('admitPatient', { personalId: a.personalId, ...(a.face ? { faceTemplateHash: a.face } : {}) });
      const lookups = journal.list({ route: 'social-insurance.card.lookup', sinceSeq: since });
      const held = world.citizen(a.personalId)?.healthInsuranceCard ?? null;
      const evidence = { data: got, journal: lookups };
      check('R-LOOK-6', got.outcome === a.outcome, { en: `${a.who}: expected ${a.outcome}, got ${got.outcome} (${got.message})`, vi: `${a.whoVi}: mong đợi ${a.outcome}, thực tế ${got.outcome} (${got.message})` }, evidence);
      if (held !== null && a.outcome !== 'not-found') {
        check('R-LOOK-6', got.card?.number === held && lookups.some((e) => e.response.status === 200), {
          en: `${a.who}: the card read is the one linked to the ID (${got.card?.number ?? 'none'}; linked: ${held})`,
          vi: `${a.whoVi}: thẻ được đọc đúng là thẻ BHYT gắn với số định danh (${got.card?.number ?? 'không có'}; thẻ gắn với số định danh: ${held})`,
        }, evidence);
      }
      check('R-LOOK-6', got.requestedFromCitizen.length === 0, {
        en: `${a.who}: no paper asked for (asked: ${got.requestedFromCitizen.join(', ') || 'nothing'})`,
        vi: `${a.whoVi}: không yêu cầu giấy tờ (đã yêu cầu: ${got.requestedFromCitizen.join(', ') || 'không có'})`,
      }, evidence);
      if (a.face) {
        const pilot = journal.list({ route: 'social-insurance.biometric', sinceSeq: since });
        note('R-LOOK-6', { en: `pilot (reported, never a gate): ${a.who}: biometric ${got.biometric}`, vi: `thí điểm (chỉ báo cáo, không bao giờ là điều kiện): ${a.whoVi}: sinh trắc học ${got.biometric}` }, { data: { biometric: got.biometric }, journal: pilot });
      }
    }
  },
});
