import type { StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';
import { withForgedDocuments } from './_forged.js';

const ORDINARY = '001085999001';
const LEVEL2 = '048096999009';

/** A citizen signed in through VNeID points the procedure to a wallet document; what the system must make of it. */
interface Presentation {
  readonly who: string;
  /** `who` in Vietnamese, for the report in `--lang vi`. */
  readonly whoVi: string;
  readonly personalId: string;
  readonly documentId: string;
  readonly outcome: StimulusOutput<'presentWalletDocument'>['outcome'];
}

/**
 * The VNeID mock's wallet (mocks/vneid/README.md): the level-2 persona's class-A1 licence never expires; the ordinary
 * adult's health-insurance card is valid for the year, their licence expired on 2026-05-20 (the clock starts
 * 2026-06-01) and their criminal record certificate is revoked. The first presentation is another citizen's: the
 * last one names it again, from the ordinary adult's session.
 */
const PRESENTATIONS: readonly Presentation[] = [
  { who: 'the level-2 persona’s own licence', whoVi: 'giấy phép lái xe của chính người có tài khoản định danh điện tử mức 2', personalId: LEVEL2, documentId: `gplx-${LEVEL2}`, outcome: 'accepted' },
  { who: 'the ordinary adult’s own health-insurance card', whoVi: 'thẻ BHYT của chính người trưởng thành thông thường', personalId: ORDINARY, documentId: `bhyt-${ORDINARY}`, outcome: 'accepted' },
  { who: 'the ordinary adult’s expired licence', whoVi: 'giấy phép lái xe đã hết hạn của người trưởng thành thông thường', personalId: ORDINARY, documentId: `gplx-${ORDINARY}`, outcome: 'refused' },
  { who: 'the ordinary adult’s revoked criminal record certificate', whoVi: 'phiếu lý lịch tư pháp đã bị thu hồi của người trưởng thành thông thường', personalId: ORDINARY, documentId: 'lltp-001085999001-2024-1', outcome: 'refused' },
  { who: 'another person’s licence, named by the ordinary adult', whoVi: 'giấy phép lái xe của người khác, do người trưởng thành thông thường chỉ định', personalId: ORDINARY, documentId: `gplx-${LEVEL2}`, outcome: 'refused' },
];

/**
 * R-LOOK-8: the system takes a paper held on VNeID instead of an upload. It checks the issuer, the validity and that
 * the holder is the signed-in citizen; it refuses an expired, a revoked and another person's document, each with a
 * reason. The journal shows the wallet was read; the answers show what was checked and that no copy was asked for.
 */
export default defineScenario({
  id: 'lookup/wallet-documents',
  title: {
    en: 'Takes papers from the VNeID wallet instead of uploads; refuses expired, revoked and other people’s documents with a reason',
    vi: 'Nhận giấy tờ từ ví VNeID thay cho bản tải lên; từ chối giấy tờ hết hạn, đã bị thu hồi hoặc của người khác, có nêu lý do',
  },
  requirements: ['R-LOOK-8'],
  tags: ['vneid', 'wallet'],
  async run({ sut, mocks, check }) {
    const { journal } = mocks.harness;
    for (const p of PRESENTATIONS) {
      const since = journal.mark;
      const got = await sut.call('presentWalletDocument', { personalId: p.personalId, documentId: p.documentId });
      const reads = journal.list({ system: 'vneid', sinceSeq: since }).filter((e) => e.route?.startsWith('vneid.wallet'));
      const evidence = { data: got, journal: reads };
      const gotText = `${got.outcome}${got.reason ? ` (${got.reason})` : ''}`;
      check('R-LOOK-8', got.outcome === p.outcome, { en: `${p.who}: expected ${p.outcome}, got ${gotText}`, vi: `${p.whoVi}: mong đợi ${p.outcome}, thực tế ${gotText}` }, evidence);
      if (p.outcome === 'accepted' && got.outcome === 'accepted') {
        const doc = got.document;
        check('R-LOOK-8', doc?.id === p.documentId && doc.holderId === p.personalId && doc.issuer !== '', {
          en: `${p.who}: the document taken is the one chosen, held by the signed-in citizen, with its issuer (${doc?.holderId}, ${doc?.issuer})`,
          vi: `${p.whoVi}: giấy tờ được nhận đúng là giấy tờ đã chọn, thuộc công dân đang đăng nhập, có ghi cơ quan cấp (${doc?.holderId}, ${doc?.issuer})`,
        }, evidence);
        check('R-LOOK-8', reads.some((e) => e.response.status === 200), { en: `${p.who}: the document was read from the VNeID wallet (${reads.length} wallet reads)`, vi: `${p.whoVi}: giấy tờ được đọc từ ví VNeID (${reads.length} lần đọc ví)` }, evidence);
        check('R-LOOK-8', got.requestedFromCitizen.length === 0, {
          en: `${p.who}: no upload or copy asked for (asked: ${got.requestedFromCitizen.join(', ') || 'nothing'})`,
          vi: `${p.whoVi}: không yêu cầu tải lên hay nộp bản sao (đã yêu cầu: ${got.requestedFromCitizen.join(', ') || 'không có'})`,
        }, evidence);
      }
      if (p.outcome === 'refused') check('R-LOOK-8', got.reason.trim() !== '', { en: `${p.who}: the refusal gives a reason (${got.reason || 'none'})`, vi: `${p.whoVi}: việc từ chối có nêu lý do (${got.reason || 'không có'})` }, evidence);
    }
    // The issuer and the content are only as good as VNeID's signature: a copy whose signature fails is refused.
    const forged = await withForgedDocuments(mocks, () => sut.call('presentWalletDocument', { personalId: ORDINARY, documentId: `bhyt-${ORDINARY}` }));
    check('R-LOOK-8', forged.outcome === 'refused', {
      en: `the ordinary adult’s health-insurance card served with a VNeID signature that does not verify is refused (${forged.outcome}${forged.reason ? `: ${forged.reason}` : ''})`,
      vi: `thẻ BHYT của người trưởng thành thông thường kèm chữ ký VNeID không hợp lệ bị từ chối (${forged.outcome}${forged.reason ? `: ${forged.reason}` : ''})`,
    }, { data: forged });
  },
});
