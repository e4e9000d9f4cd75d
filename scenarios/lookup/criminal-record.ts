import type { WalletDocument, WorldEvent } from '../../src/mock/world.js';
import { defineScenario } from '../../src/scenario/types.js';
import { withForgedDocuments } from './_forged.js';

const ORDINARY = '001085999001';
/** A level-2 account, and a level-1 account (to which no certificate is issued). */
const LEVEL2 = '048096999009';
const LEVEL1 = '048195999008';
const PURPOSE = 'Bổ sung hồ sơ xin việc';

/** The criminal record certificates put into wallets since `since` (world events), with whose wallet each went to. */
function certificatesIssued(events: readonly WorldEvent[]): { wallet: string; document: WalletDocument }[] {
  return events
    .filter((e) => e.kind === 'wallet.document.issued' && (e.data.document as WalletDocument | undefined)?.type === 'criminal-record-certificate')
    .map((e) => ({ wallet: e.personalId, document: e.data.document as WalletDocument }));
}

/**
 * R-LOOK-9: a criminal record certificate reaches only the requester's VNeID wallet (the civil-status mock plays the
 * justice-records source), and a procedure that needs it takes the VNeID copy, checking signature, issue date and
 * holder, instead of a paper. The ordinary adult asks for theirs and presents it; another citizen presents it; a
 * citizen asks for someone else's; a citizen without a level-2 account asks for theirs.
 */
export default defineScenario({
  id: 'lookup/criminal-record',
  title: {
    en: 'A criminal record certificate goes only to the requester’s VNeID wallet, and the VNeID copy is accepted instead of paper',
    vi: 'Phiếu lý lịch tư pháp chỉ được gửi vào ví VNeID của chính người yêu cầu, và bản trên VNeID được chấp nhận thay cho bản giấy',
  },
  requirements: ['R-LOOK-9'],
  tags: ['civil-status', 'vneid', 'wallet'],
  async run({ sut, mocks, check }) {
    const { world } = mocks.harness;
    const issuedSince = (seq: number) => certificatesIssued(world.events().filter((e) => e.seq > seq));
    const lastSeq = () => world.events().at(-1)?.seq ?? 0;

    let since = lastSeq();
    const own = await sut.call('requestCriminalRecordCertificate', { applicantId: ORDINARY, personalId: ORDINARY, certificateType: '1', purpose: PURPOSE });
    const delivered = issuedSince(since);
    check('R-LOOK-9', own.outcome === 'issued' && own.certificate?.holderId === ORDINARY, {
      en: `the ordinary adult’s own request is issued (${own.outcome}: ${own.message})`,
      vi: `yêu cầu của chính người trưởng thành thông thường được cấp phiếu (${own.outcome}: ${own.message})`,
    }, { data: own });
    check(
      'R-LOOK-9',
      delivered.length === 1 && delivered.every((d) => d.wallet === ORDINARY && d.document.holderId === ORDINARY),
      {
        en: `the certificate reached the requester’s wallet and no other (${delivered.map((d) => `${d.document.id} → wallet of ${d.wallet}`).join('; ') || 'none issued'})`,
        vi: `phiếu được gửi vào ví của người yêu cầu và không vào ví nào khác (${delivered.map((d) => `${d.document.id} → ví của ${d.wallet}`).join('; ') || 'không có phiếu nào được cấp'})`,
      },
      { data: delivered },
    );
    const id = own.certificate?.id;
    if (id === undefined) return;

    const presented = await sut.call('presentWalletDocument', { personalId: ORDINARY, documentId: id });
    check(
      'R-LOOK-9',
      presented.outcome === 'accepted' && presented.document?.holderId === ORDINARY && presented.document.issuedOn === own.certificate?.issuedOn,
      {
        en: `a procedure takes the VNeID copy: holder ${presented.document?.holderId ?? 'none'}, issued ${presented.document?.issuedOn ?? 'never'} (${presented.outcome}${presented.reason ? `: ${presented.reason}` : ''})`,
        vi: `thủ tục nhận bản trên VNeID: người sở hữu ${presented.document?.holderId ?? 'không có'}, ngày cấp ${presented.document?.issuedOn ?? 'không có'} (${presented.outcome}${presented.reason ? `: ${presented.reason}` : ''})`,
      },
      { data: presented },
    );
    check('R-LOOK-9', presented.requestedFromCitizen.length === 0, {
      en: `no paper certificate asked for besides the VNeID copy (asked: ${presented.requestedFromCitizen.join(', ') || 'nothing'})`,
      vi: `không yêu cầu phiếu bản giấy ngoài bản trên VNeID (đã yêu cầu: ${presented.requestedFromCitizen.join(', ') || 'không có'})`,
    }, { data: presented });

    const forged = await withForgedDocuments(mocks, () => sut.call('presentWalletDocument', { personalId: ORDINARY, documentId: id }));
    check('R-LOOK-9', forged.outcome === 'refused', {
      en: `a copy of the certificate whose VNeID signature does not verify is refused (${forged.outcome}${forged.reason ? `: ${forged.reason}` : ''})`,
      vi: `bản phiếu có chữ ký VNeID không hợp lệ bị từ chối (${forged.outcome}${forged.reason ? `: ${forged.reason}` : ''})`,
    }, { data: forged });

    const foreign = await sut.call('presentWalletDocument', { personalId: LEVEL2, documentId: id });
    check('R-LOOK-9', foreign.outcome === 'refused', {
      en: `another citizen cannot present the ordinary adult’s certificate (${foreign.outcome}${foreign.reason ? `: ${foreign.reason}` : ''})`,
      vi: `công dân khác không thể xuất trình phiếu của người trưởng thành thông thường (${foreign.outcome}${foreign.reason ? `: ${foreign.reason}` : ''})`,
    }, { data: foreign });

    since = lastSeq();
    const forSomeoneElse = await sut.call('requestCriminalRecordCertificate', { applicantId: LEVEL2, personalId: ORDINARY, certificateType: '1', purpose: PURPOSE });
    const leaked = issuedSince(since);
    check('R-LOOK-9', forSomeoneElse.outcome === 'refused' && leaked.length === 0, {
      en: `a citizen cannot have another person’s certificate issued (${forSomeoneElse.outcome}; certificates issued: ${leaked.length})`,
      vi: `công dân không thể yêu cầu cấp phiếu của người khác (${forSomeoneElse.outcome}; số phiếu đã cấp: ${leaked.length})`,
    }, { data: { answer: forSomeoneElse, issued: leaked } });

    since = lastSeq();
    const levelOne = await sut.call('requestCriminalRecordCertificate', { applicantId: LEVEL1, personalId: LEVEL1, certificateType: '1', purpose: PURPOSE });
    check('R-LOOK-9', levelOne.outcome === 'refused' && issuedSince(since).length === 0, {
      en: `no certificate for a citizen without a level-2 VNeID wallet, and a reason given (${levelOne.outcome}: ${levelOne.message})`,
      vi: `không cấp phiếu cho công dân chưa có tài khoản định danh điện tử mức 2, và có nêu lý do (${levelOne.outcome}: ${levelOne.message})`,
    }, { data: levelOne });
  },
});
