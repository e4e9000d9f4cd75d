import type { StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario, type ScenarioContext } from '../../src/scenario/types.js';
import { birthDeclaration, deathDeclaration, declareBirth, declareDeath, electronicCertificate, findDeathFamily, json, type ChainRun } from './_chain.js';

/**
 * R-LT-3: across each chain, no field is asked twice and no paper the chain can look up is asked for. The system says
 * what each step's form asked (fields by their chain-wide keys, papers by name); the papers its portal dossiers list
 * are read from what the portal saw (a paper taken from the warehouse, `DuocLayTuKhoDMQG` "1", was not asked). The
 * pilot's 9 kinds of papers and 6 duplicate fields are reported as figures beside vn06's reading of the pre-reform
 * forms (harness assumption), never gated on.
 */

/** A kind of paper the pre-reform chains asked for, and where the chain finds it instead (null: the one declaration replaces it). */
interface PaperKind {
  readonly name: string;
  readonly pattern: RegExp;
  readonly lookup: string | null;
  /** `lookup` in Vietnamese, for the report in `--lang vi`. */
  readonly lookupVi: string | null;
}

/** The kinds of papers the two chains asked for before the reform, besides the medical certificates (vn06's reading, harness assumption). */
const PRE_REFORM_PAPERS: readonly PaperKind[] = [
  { name: 'Căn cước / CMND', pattern: /căn cước|cccd|cmnd|chứng minh nhân dân/u, lookup: 'the NPD', lookupVi: 'CSDLQG về dân cư' },
  { name: 'Giấy chứng nhận kết hôn', pattern: /kết hôn/u, lookup: 'civil status', lookupVi: 'cơ sở dữ liệu hộ tịch' },
  { name: 'Sổ hộ khẩu / sổ tạm trú', pattern: /sổ hộ khẩu|sổ tạm trú|hộ khẩu/u, lookup: 'the residence database', lookupVi: 'cơ sở dữ liệu về cư trú' },
  { name: 'Giấy khai sinh', pattern: /giấy khai sinh|bản sao khai sinh/u, lookup: 'civil status (the chain issued it)', lookupVi: 'cơ sở dữ liệu hộ tịch (do chính chuỗi liên thông cấp)' },
  { name: 'Trích lục khai tử', pattern: /trích lục khai tử/u, lookup: 'civil status (the chain issued it)', lookupVi: 'cơ sở dữ liệu hộ tịch (do chính chuỗi liên thông cấp)' },
  { name: 'Sổ bảo hiểm xã hội', pattern: /sổ bảo hiểm xã hội|sổ bhxh/u, lookup: 'social insurance', lookupVi: 'cơ sở dữ liệu bảo hiểm xã hội' },
  { name: 'Tờ khai thay đổi thông tin cư trú (CT01)', pattern: /ct01|thay đổi thông tin cư trú/u, lookup: null, lookupVi: null },
  { name: 'Tờ khai tham gia BHXH, BHYT (TK1-TS)', pattern: /tk1-ts|tờ khai tham gia/u, lookup: null, lookupVi: null },
  { name: 'Tờ khai đề nghị hưởng trợ cấp mai táng', pattern: /đề nghị hưởng trợ cấp|tờ khai.*mai táng/u, lookup: null, lookupVi: null },
];

/**
 * The fields each step's pre-reform form asked, with chain-wide keys (the portal's baseline forms, `mocks/portal/
 * baseline-forms.ts`; the person a residence form is about is the child or the deceased, its phone the declarant's).
 */
const PRE_REFORM_FIELDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  birth: [
    // 1.001193 Tờ khai đăng ký khai sinh
    ['requesterFullName', 'requesterIdNumber', 'requesterResidence', 'requesterRelationship', 'childFullName', 'childDateOfBirth', 'childSex', 'childPlaceOfBirth', 'childEthnicity', 'childNationality', 'childHometown',
      'motherFullName', 'motherDateOfBirth', 'motherEthnicity', 'motherNationality', 'motherResidence', 'motherIdNumber', 'fatherFullName', 'fatherDateOfBirth', 'fatherEthnicity', 'fatherNationality', 'fatherResidence', 'fatherIdNumber'],
    // 1.004222 CT01, about the child
    ['childFullName', 'childDateOfBirth', 'childSex', 'childIdNumber', 'requesterPhone', 'requesterEmail', 'householdHeadFullName', 'relationshipToHead', 'householdHeadIdNumber', 'householdBookNumber', 'requestContent', 'householdMembers', 'newPermanentAddress'],
    // 1.011996 TK1-TS
    ['childFullName', 'childDateOfBirth', 'childSex', 'childIdNumber', 'birthCertificateNumber', 'motherFullName', 'motherIdNumber', 'fatherFullName', 'address', 'requesterPhone', 'primaryClinic'],
  ],
  death: [
    // 1.000656 Tờ khai đăng ký khai tử
    ['requesterFullName', 'requesterIdNumber', 'requesterResidence', 'requesterRelationship', 'deceasedFullName', 'deceasedDateOfBirth', 'deceasedSex', 'deceasedEthnicity', 'deceasedNationality', 'deceasedIdNumber', 'deceasedResidence', 'dateOfDeath', 'placeOfDeath', 'causeOfDeath', 'deathNoticeNumber'],
    // CT01 for the removal, about the deceased
    ['deceasedFullName', 'deceasedDateOfBirth', 'deceasedSex', 'deceasedIdNumber', 'requesterPhone', 'requesterEmail', 'householdHeadFullName', 'relationshipToHead', 'householdHeadIdNumber', 'householdBookNumber', 'requestContent'],
    // 1.001731 Tờ khai đề nghị hưởng trợ cấp mai táng, the claimant being the declarant
    ['deceasedFullName', 'deceasedIdNumber', 'deceasedSocialInsuranceNumber', 'dateOfDeath', 'requesterFullName', 'requesterIdNumber', 'requesterRelationship', 'requesterResidence', 'requesterPhone', 'bankAccountNumber', 'bankName'],
  ],
};

/** The fields asked at more than one step, each with the steps that asked it. */
function repeatedFields(steps: readonly { readonly procedure: string; readonly fields: readonly string[] }[]): Map<string, string[]> {
  const askedAt = new Map<string, string[]>();
  for (const step of steps) for (const field of new Set(step.fields)) askedAt.set(field, [...(askedAt.get(field) ?? []), step.procedure]);
  return new Map([...askedAt].filter(([, at]) => at.length > 1));
}

const normal = (text: string): string => text.normalize('NFC').toLowerCase();

/** The kind of pre-reform paper a name is, if any. */
function paperKind(name: string): PaperKind | undefined {
  return PRE_REFORM_PAPERS.find((kind) => kind.pattern.test(normal(name)));
}

type ChainAnswer = StimulusOutput<'declareBirth'> | StimulusOutput<'declareDeath'>;

/**
 * Every paper the chain asked for, once per step: the system's own account, and the papers its portal dossiers list
 * as supplied by the citizen (not taken from the warehouse).
 */
function papersAsked(run: ChainRun<ChainAnswer>): { step: string; paper: string }[] {
  const fromAnswer = run.answer.steps.flatMap((s) => s.papersAsked.map((paper) => ({ step: s.procedure, paper })));
  const dossiers = new Map(run.answer.steps.map((s) => [s.dossierId, s.procedure]));
  const onPortal = [...run.entries('portal.dossier.submit'), ...run.entries('portal.dossier.step')].flatMap((e) => {
    const body = json(e.request.body);
    const code = body.MaHoSo ?? decodeURIComponent(e.path.split('/').at(-2) ?? '');
    const papers = (body.TaiLieuNop ?? []) as { TenTepDinhKem: string; DuocLayTuKhoDMQG?: string }[];
    return papers.filter((p) => p.DuocLayTuKhoDMQG !== '1').map((p) => ({ step: `${dossiers.get(code) ?? 'another'} dossier`, paper: p.TenTepDinhKem }));
  });
  const seen = new Set<string>();
  return [...fromAnswer, ...onPortal].filter((p) => !seen.has(`${p.step}|${p.paper}`) && seen.add(`${p.step}|${p.paper}`));
}

/** Checks one chain's answer and dossiers; returns what the figures need. */
function checkChain(ctx: ScenarioContext, chain: 'birth' | 'death', run: ChainRun<ChainAnswer>): { repeated: number; kindsAsked: Set<string> } {
  const steps = run.answer.steps.map((s) => ({ procedure: s.procedure, fields: s.fieldsAsked }));
  const repeated = repeatedFields(steps);
  const chainVi = chain === 'birth' ? 'liên thông khai sinh' : 'liên thông khai tử';
  const twice = [...repeated].map(([field, at]) => `${field} (${at.join(', ')})`).join('; ');
  ctx.check(
    'R-LT-3',
    steps.length === 3 && repeated.size === 0,
    repeated.size === 0
      ? {
          en: `${chain} chain: each field asked once (${steps.map((s) => `${s.procedure}: ${s.fields.join(', ') || 'nothing'}`).join('; ')})`,
          vi: `${chainVi}: mỗi trường chỉ được hỏi một lần (${steps.map((s) => `${s.procedure}: ${s.fields.join(', ') || 'không có'}`).join('; ')})`,
        }
      : { en: `${chain} chain: asked twice: ${twice}`, vi: `${chainVi}: trường bị hỏi hai lần: ${twice}` },
    { data: run.answer.steps },
  );
  const papers = papersAsked(run);
  const lookable = papers.filter((p) => paperKind(p.paper)?.lookup);
  ctx.check(
    'R-LT-3',
    lookable.length === 0,
    lookable.length === 0
      ? {
          en: `${chain} chain: no paper the chain can look up was asked for (asked: ${[...new Set(papers.map((p) => p.paper))].join(', ') || 'nothing'})`,
          vi: `${chainVi}: không yêu cầu giấy tờ nào mà chuỗi có thể tự tra cứu (đã yêu cầu: ${[...new Set(papers.map((p) => p.paper))].join(', ') || 'không có'})`,
        }
      : {
          en: `${chain} chain: asked for: ${lookable.map((p) => `${p.paper} at ${p.step}, which ${paperKind(p.paper)!.lookup} holds`).join('; ')}`,
          vi: `${chainVi}: đã yêu cầu: ${lookable.map((p) => `${p.paper} tại bước ${p.step}, trong khi ${paperKind(p.paper)!.lookupVi} đã có giấy tờ này`).join('; ')}`,
        },
    { journal: run.entries('portal.dossier.submit'), data: papers },
  );
  const kindsAsked = new Set(papers.map((p) => paperKind(p.paper)?.name).filter((name): name is string => name !== undefined));
  return { repeated: repeated.size, kindsAsked };
}

/** Distinct fields the pre-reform forms of a chain asked at more than one step. */
function preReformRepeats(chain: 'birth' | 'death'): number {
  return repeatedFields(PRE_REFORM_FIELDS[chain]!.map((fields, i) => ({ procedure: String(i), fields }))).size;
}

export default defineScenario({
  id: 'lien-thong/declare-once',
  title: {
    en: 'Each chain asks every field once and no paper it can look up',
    vi: 'Mỗi chuỗi thủ tục liên thông chỉ hỏi mỗi thông tin một lần và không yêu cầu giấy tờ mà chuỗi có thể tự tra cứu',
  },
  requirements: ['R-LT-3'],
  tags: ['chain', 'papers', 'forms'],
  async run(ctx) {
    const { harness } = ctx.mocks;
    const birth = await declareBirth(ctx, birthDeclaration(harness, electronicCertificate('CS-2026-000321')));
    const family = findDeathFamily(harness, ctx.seed, false);
    if (!ctx.check('R-LT-3', family !== undefined, {
        en: `a living citizen of 60 or more to declare the death of (found ${family?.deceasedId ?? 'none'})`,
        vi: `có một công dân còn sống từ 60 tuổi trở lên để khai tử (tìm được: ${family?.deceasedId ?? 'không có'})`,
      }, { data: family ?? null })) return;
    const death = await declareDeath(ctx, deathDeclaration(harness, family!, electronicCertificate('BT-2026-000654')));

    const results = [checkChain(ctx, 'birth', birth), checkChain(ctx, 'death', death)];
    const before = preReformRepeats('birth') + preReformRepeats('death');
    const still = results.reduce((sum, r) => sum + r.repeated, 0);
    ctx.figure('R-LT-3', { en: 'fields the pre-reform forms asked at several steps, now asked once (two chains; harness assumption: vn06’s reading of the forms)', vi: 'số trường thông tin biểu mẫu trước cải cách hỏi ở nhiều bước, nay chỉ hỏi một lần (hai nhóm thủ tục; giả định của bộ kiểm thử: cách vn06 đọc biểu mẫu)' }, before - still, 6);
    const asked = new Set(results.flatMap((r) => [...r.kindsAsked]));
    ctx.figure('R-LT-3', { en: 'kinds of papers the pre-reform chains asked for, no longer asked (harness assumption: vn06’s reading of the forms)', vi: 'số loại giấy tờ các thủ tục liên thông trước cải cách yêu cầu, nay không còn yêu cầu (giả định của bộ kiểm thử: cách vn06 đọc biểu mẫu)' }, PRE_REFORM_PAPERS.length - asked.size, 9);
  },
});
