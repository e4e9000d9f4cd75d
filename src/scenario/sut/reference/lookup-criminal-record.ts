import { advanceDossier, submitDossier } from './connection-dossiers.js';
import type { Handlers, Variant } from './core.js';
import { npdLookup } from './lookup-npd.js';
import { householdBookPapers, residenceFacts } from './lookup-residence.js';

/** The habit of a system that lets anyone signed in ask for anyone's certificate, naming the subject as the requester. */
const FOR_ANYONE = 'certificate-for-anyone';

const PROCEDURE = { MaTTHC: '2.000488', TenTTHC: 'Cấp Phiếu lý lịch tư pháp' } as const;
const E_FORM = { TenTepDinhKem: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (biểu mẫu điện tử)', DuocSoHoa: '1' as const };

/** The reply of the justice-records source: the certificate's place in the holder's wallet, never its content. */
interface Issued {
  readonly id: string;
  readonly holderId: string;
  readonly issuedOn: string;
}

/**
 * The reference system's handler of a criminal record certificate request (R-LOOK-9, and R-LOOK-1/-2 for its
 * residence part): only the person it is about may ask; the residence comes from the residence database; the dossier
 * is synced with the portal; the certificate goes to the requester's own VNeID wallet.
 */
export const criminalRecordHandlers: Handlers<'requestCriminalRecordCertificate'> = {
  async requestCriminalRecordCertificate(core, { applicantId, personalId, certificateType, purpose }) {
    if (applicantId !== personalId && !core.has(FOR_ANYONE)) {
      return { outcome: 'refused', requestedFromCitizen: [], message: `a criminal record certificate is issued only to the person it is about: ${applicantId} cannot ask for ${personalId}’s` };
    }
    const npd = await npdLookup(core, personalId);
    if (!npd.person) return { outcome: npd.status === 404 ? 'refused' : 'unavailable', requestedFromCitizen: [], message: `the NPD answered ${npd.status} for ${personalId}` };
    const found = await residenceFacts(core, personalId);
    if (found.status !== 200) return { outcome: 'unavailable', requestedFromCitizen: [], message: `the residence database answered ${found.status}` };
    const books = householdBookPapers(core);
    const requestedFromCitizen = [...found.requested, ...books.requested];
    const residence = found.residence ? { residence: found.residence } : {};
    const dossier = await submitDossier(core, { ...PROCEDURE, ChuHoSo: npd.person.fullName, SoGiayToChuHoSo: personalId, TaiLieuNop: [E_FORM, ...books.papers], databases: ['CSDLQGDC', 'CSDLCT'] });
    if (dossier.status >= 300) return { outcome: 'unavailable', ...residence, requestedFromCitizen, message: `the portal refused the dossier (${dossier.status})` };
    const synced = { dossier: dossier.maHoSo, ...residence, requestedFromCitizen };

    const requester = core.has(FOR_ANYONE) ? personalId : applicantId;
    const reply = await core.gateway.call('POST', '/civil-status/v1/criminal-record-certificates', { json: { SoDinhDanh: personalId, NguoiYeuCau: requester, loaiPhieu: certificateType, mucDich: purpose } });
    if (reply.status !== 201) {
      const reason = reply.json<{ error?: { message?: string } }>().error?.message ?? `status ${reply.status}`;
      await advanceDossier(core, dossier, '8', `Không cấp phiếu: ${reason}`);
      return { outcome: reply.status === 422 ? 'refused' : 'unavailable', ...synced, message: `the justice-records source did not issue the certificate: ${reason}` };
    }
    const certificate = reply.json<Issued>();
    for (const [status, work] of [['4', 'Tra cứu lý lịch tư pháp'], ['9', 'Đã cấp phiếu'], ['10', 'Trả kết quả vào ví VNeID']] as const) await advanceDossier(core, dossier, status, work);
    return { outcome: 'issued', ...synced, certificate, message: `the certificate ${certificate.id} is in the VNeID wallet of ${certificate.holderId}` };
  },
};

export const criminalRecordVariants: readonly Variant[] = [
  {
    id: 'certificates-for-anyone',
    description: 'Lets a signed-in citizen ask for another person’s criminal record certificate, naming that person as the requester',
    habits: [FOR_ANYONE],
    breaks: ['R-LOOK-9'],
    scenarios: ['lookup/criminal-record'],
  },
];
