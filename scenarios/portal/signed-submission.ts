import { defineScenario } from '../../src/scenario/types.js';
import { citizenCredential, declaration, signed } from './_signing.js';
import { during, MockReader, now, PERSONA } from './_steps.js';

const PROCEDURE = '1.004227';

/**
 * R-PORT-7: a digitally signed submission is verified; a tampered one is refused. The ordinary adult signs their
 * declaration with a certificate from the portal's test CA, once as a USB token signs (DER) and once as a mobile app
 * does (r‖s); then a declaration altered after signing is filed with the original signature. The journal shows the
 * system had each signature verified.
 */
export default defineScenario({
  id: 'portal/signed-submission',
  title: {
    en: 'Signed submissions, from a token and from a mobile app, are verified and accepted; a declaration altered after signing is refused',
    vi: 'Hồ sơ ký số, bằng USB token hoặc trên ứng dụng di động, được xác minh và tiếp nhận; tờ khai bị sửa sau khi ký bị từ chối',
  },
  requirements: ['R-PORT-7'],
  tags: ['portal', 'signature', 'mobile'],
  async run({ sut, mocks, check }) {
    const { harness } = mocks;
    const credential = await citizenCredential(new MockReader(mocks), PERSONA.ordinary);
    const text = declaration(PROCEDURE, PERSONA.ordinary, 'Đề nghị xác nhận thông tin về cư trú');
    const cases = [
      { name: 'signed with a USB token', nameVi: 'được ký bằng USB token', signature: signed(text, credential, 'token'), outcome: 'received' },
      { name: 'signed in a mobile app', nameVi: 'được ký trên ứng dụng di động', signature: signed(text, credential, 'mobile-app'), outcome: 'received' },
      { name: 'altered after signing', nameVi: 'bị sửa sau khi ký', signature: { ...signed(text, credential, 'mobile-app'), document: text.replace('xác nhận', 'cấp lại') }, outcome: 'refused' },
    ] as const;
    for (const c of cases) {
      const { result: filed, entries } = await during(harness, () => sut.call('fileDossier', { MaTTHC: PROCEDURE, applicantId: PERSONA.ordinary, at: now(harness), signature: c.signature }), 'portal.signature.verify');
      const evidence = { data: filed, journal: entries };
      check('R-PORT-7', filed.outcome === c.outcome, { en: `a declaration ${c.name}: expected ${c.outcome}, got ${filed.outcome}`, vi: `tờ khai ${c.nameVi}: mong đợi ${c.outcome}, thực tế ${filed.outcome}` }, evidence);
      check('R-PORT-7', entries.some((e) => e.response.status === 200), { en: `a declaration ${c.name}: the signature was verified (${entries.length} verification(s))`, vi: `tờ khai ${c.nameVi}: chữ ký số đã được xác minh (${entries.length} lần xác minh)` }, evidence);
    }
  },
});
