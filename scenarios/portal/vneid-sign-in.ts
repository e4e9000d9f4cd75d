import { request } from 'undici';
import type { MocksHandle } from '../../src/scenario/types.js';
import { defineScenario } from '../../src/scenario/types.js';
import { during, now, PERSONA } from './_steps.js';

/** A level-2 procedure (residence confirmation) and the vn06 test procedure, which asks for level 1 only. */
const LEVEL_2 = '1.004227';
const LEVEL_1 = '9.999001';
/** What the levels rest on: the sources name level 2 accounts, not which procedures need them. */
const LEVELS = 'which procedures need level 2 (all but the vn06 test procedure)';
const LEVELS_VI = 'những thủ tục nào cần tài khoản mức 2 (mọi thủ tục trừ thủ tục kiểm thử của vn06)';

/** Makes VNeID's ID tokens misbehave from now on (a test control of the VNeID mock), or behave again with null. */
async function misbehave(mocks: MocksHandle, mode: string | null): Promise<void> {
  const res = await request(`${mocks.url}/vneid/test/misbehaviour`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mode }) });
  await res.body.dump();
}

interface SignInCase {
  readonly name: string;
  /** `name` in Vietnamese, for the report in `--lang vi`. */
  readonly nameVi: string;
  readonly applicantId: string;
  readonly MaTTHC: string;
  readonly outcome: 'received' | 'refused';
  readonly mode?: string;
}

const CASES: readonly SignInCase[] = [
  { name: 'a level-2 account files a level-2 procedure', nameVi: 'tài khoản mức 2 nộp hồ sơ thủ tục yêu cầu mức 2', applicantId: PERSONA.level2, MaTTHC: LEVEL_2, outcome: 'received' },
  { name: 'a level-1 account files a level-2 procedure', nameVi: 'tài khoản mức 1 nộp hồ sơ thủ tục yêu cầu mức 2', applicantId: PERSONA.level1, MaTTHC: LEVEL_2, outcome: 'refused' },
  { name: 'a level-1 account files a level-1 procedure', nameVi: 'tài khoản mức 1 nộp hồ sơ thủ tục yêu cầu mức 1', applicantId: PERSONA.level1, MaTTHC: LEVEL_1, outcome: 'received' },
  { name: 'VNeID vouches for level 1 only (downgraded ID token) on a level-2 procedure', nameVi: 'VNeID chỉ xác nhận mức 1 (ID token bị hạ mức) với thủ tục yêu cầu mức 2', applicantId: PERSONA.level2, MaTTHC: LEVEL_2, outcome: 'refused', mode: 'level-downgrade' },
];

/**
 * R-PORT-9 (derived): citizens sign in through VNeID, and the assurance level a procedure needs is respected. Harness
 * assumptions: VNeID speaks OpenID Connect, and which procedures need level 2 (here, every one but the vn06 test
 * procedure). A level-1 account is refused for a level-2 procedure and accepted for a level-1 one; an ID token that
 * vouches for level 1 only is refused for a level-2 procedure even when the account is level 2.
 */
export default defineScenario({
  id: 'portal/vneid-sign-in',
  title: {
    en: 'Citizens sign in through VNeID at the level the procedure needs: level 1 is refused where level 2 is needed',
    vi: 'Công dân đăng nhập qua VNeID ở mức mà thủ tục yêu cầu: tài khoản mức 1 bị từ chối khi thủ tục cần mức 2',
  },
  requirements: ['R-PORT-9'],
  tags: ['portal', 'vneid', 'oidc'],
  async run({ sut, mocks, check, note }) {
    note('R-PORT-9', {
      en: 'harness assumption: VNeID speaks OpenID Connect, with acr http://vneid.gov.vn/acr/level1 or level2',
      vi: 'giả định của bộ kiểm thử: VNeID dùng OpenID Connect, với acr http://vneid.gov.vn/acr/level1 hoặc level2',
    });
    for (const c of CASES) {
      if (c.mode) await misbehave(mocks, c.mode);
      const { result: filed, entries } = await during(mocks.harness, () => sut.call('fileDossier', { MaTTHC: c.MaTTHC, applicantId: c.applicantId, at: now(mocks.harness) }));
      if (c.mode) await misbehave(mocks, null);
      const signIns = entries.filter((e) => e.route === 'vneid.authorize' || e.route === 'vneid.token');
      const evidence = { data: filed, journal: signIns };
      check('R-PORT-9', signIns.some((e) => e.route === 'vneid.token' && e.response.status === 200), { en: `${c.name}: the citizen signed in through VNeID`, vi: `${c.nameVi}: công dân đã đăng nhập qua VNeID` }, evidence);
      check('R-PORT-9', filed.outcome === c.outcome, {
        en: `${c.name}: expected ${c.outcome}, got ${filed.outcome}${filed.outcome === 'refused' ? ` (${filed.message})` : ''}; harness assumption: ${LEVELS}`,
        vi: `${c.nameVi}: mong đợi ${c.outcome}, thực tế ${filed.outcome}${filed.outcome === 'refused' ? ` (${filed.message})` : ''}; giả định của bộ kiểm thử: ${LEVELS_VI}`,
      }, evidence);
    }
  },
});
