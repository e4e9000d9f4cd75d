import { defineScenario } from '../../src/scenario/types.js';
import { citizenCredential, declaration, signed, type Credential } from './_signing.js';
import { MockReader, now, PERSONA } from './_steps.js';

const PROCEDURE = '1.004227';

/**
 * R-PORT-13: the signing certificate is tied to the applicant VNeID authenticated (harness assumption: the
 * certificate's subject serial number is the personal ID). The ordinary adult signs in and files with their own
 * signature (accepted), with another citizen's valid signature, and with their own name on a certificate that carries no
 * personal ID (both refused).
 */
export default defineScenario({
  id: 'portal/signer-identity',
  title: {
    en: 'The signer must be the VNeID-authenticated applicant: another person’s valid signature, or a certificate tied to no e-ID, is refused',
    vi: 'Người ký phải là người nộp đã xác thực qua VNeID: chữ ký hợp lệ của người khác, hoặc chứng thư số không gắn với định danh điện tử nào, bị từ chối',
  },
  requirements: ['R-PORT-13'],
  tags: ['portal', 'signature', 'vneid'],
  async run({ sut, mocks, check }) {
    const reader = new MockReader(mocks);
    const text = declaration(PROCEDURE, PERSONA.ordinary, 'Đề nghị xác nhận thông tin về cư trú');
    const cases: { name: string; nameVi: string; credential: Credential; outcome: 'received' | 'refused' }[] = [
      { name: 'the applicant’s own certificate', nameVi: 'chứng thư số của chính người nộp', credential: await citizenCredential(reader, PERSONA.ordinary), outcome: 'received' },
      { name: 'another citizen’s valid certificate', nameVi: 'chứng thư số hợp lệ của công dân khác', credential: await citizenCredential(reader, PERSONA.level2), outcome: 'refused' },
      { name: 'a certificate in the applicant’s name tied to no e-ID', nameVi: 'chứng thư số mang tên người nộp nhưng không gắn với định danh điện tử nào', credential: await citizenCredential(reader, PERSONA.ordinary, false), outcome: 'refused' },
    ];
    for (const c of cases) {
      const filed = await sut.call('fileDossier', { MaTTHC: PROCEDURE, applicantId: PERSONA.ordinary, at: now(mocks.harness), signature: signed(text, c.credential, 'mobile-app') });
      check('R-PORT-13', filed.outcome === c.outcome, {
        en: `signed with ${c.name}: expected ${c.outcome}, got ${filed.outcome} (harness assumption: a certificate is tied to an e-ID by its subject serial number = personal ID)`,
        vi: `ký bằng ${c.nameVi}: mong đợi ${c.outcome}, thực tế ${filed.outcome} (giả định của bộ kiểm thử: chứng thư số gắn với định danh điện tử qua số serial của chủ thể = số định danh cá nhân)`,
      }, { data: filed });
    }
  },
});
