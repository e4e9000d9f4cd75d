import type { FieldSource } from './portal-forms.js';

/** The province whose procedure system the reference plays: Hà Nội, as most test personas live there. */
export const PROVINCE = { code: '01', name: 'Thành phố Hà Nội', dossierPrefix: '000.00.01.H26' } as const;

/** The agencies that sign the reference system's results (each with its own certificate from the portal's test CA). */
export const AGENCIES = {
  police: 'Công an Thành phố Hà Nội',
  justice: 'Sở Tư pháp Thành phố Hà Nội',
  people: 'Ủy ban nhân dân Thành phố Hà Nội',
} as const;

/** What the officers do in a national database when they decide a dossier (R-PORT-6), or nothing beyond the result. */
export type Action = 'permanent-registration' | 'temporary-registration' | 'residence-confirmation' | 'result-only';

/** A result a procedure issues, or a stored result it needs: a warehouse document type and its title. */
export interface ResultKind {
  readonly type: string;
  readonly title: string;
}

/** The residence confirmation (CT07): issued by 1.004227, reused by procedures that need proof of residence (R-PORT-3). */
export const RESIDENCE_CONFIRMATION: ResultKind = { type: 'residence-confirmation', title: 'Giấy xác nhận thông tin về cư trú' };

/** One procedure the system offers, as it publishes it and handles it. */
export interface Procedure {
  readonly MaTTHC: string;
  readonly TenTTHC: string;
  readonly agency: string;
  readonly online: boolean;
  readonly endToEnd: boolean;
  /** The no-paper pilot (R-PORT-11): always, or on these ISO weekdays (1 Monday … 7 Sunday). */
  readonly noPaper?: { readonly always?: true; readonly weekdays?: readonly number[] };
  /** The time limit, in working days from a complete dossier. */
  readonly workingDays: number;
  /** The VNeID assurance level an online applicant must sign in at (harness assumption: which procedures need level 2). */
  readonly level: 1 | 2;
  /** Charges a fee through the treasury (the amount comes from the treasury's schedule). */
  readonly fee: boolean;
  readonly action: Action;
  readonly result: ResultKind;
  /** A stored result the dossier needs, taken from a data warehouse instead of asked for (R-PORT-3). */
  readonly needs?: ResultKind;
  /** The form's father, mother and spouse are the applicant's own, so the NPD fills them in (not a child's or the deceased's). */
  readonly applicantFamily?: true;
  /** What each e-form field becomes (R-PORT-2); a baseline field not listed is typed by the citizen. */
  readonly form?: Readonly<Partial<Record<Exclude<FieldSource, 'citizen'>, readonly string[]>>>;
}

const residenceForm = (extra: readonly string[] = []) => ({ npd: ['fullName', 'dateOfBirth', 'sex', 'idNumber', 'householdHeadFullName', ...extra], dropped: ['householdBookNumber'] });

/**
 * The catalogue of the reference system: residence (Công an), civil status, social insurance, justice and two vn06 test
 * procedures. 11 procedures, 10 online (91%), 9 of those end to end (90%): above the 80% / 80% of R-PORT-10.
 */
export const PROCEDURES: readonly Procedure[] = [
  {
    MaTTHC: '1.004222',
    TenTTHC: 'Đăng ký thường trú',
    agency: AGENCIES.police,
    online: true,
    endToEnd: true,
    workingDays: 7,
    level: 2,
    fee: true,
    action: 'permanent-registration',
    result: { type: 'residence-registration', title: 'Thông báo về kết quả giải quyết đăng ký thường trú' },
    form: residenceForm(),
  },
  {
    MaTTHC: '1.004194',
    TenTTHC: 'Đăng ký tạm trú',
    agency: AGENCIES.police,
    online: true,
    endToEnd: true,
    noPaper: { weekdays: [3] },
    workingDays: 3,
    level: 2,
    fee: true,
    action: 'temporary-registration',
    result: { type: 'temporary-residence-registration', title: 'Thông báo về kết quả giải quyết đăng ký tạm trú' },
    form: residenceForm(),
  },
  {
    MaTTHC: '1.004227',
    TenTTHC: 'Xác nhận thông tin về cư trú',
    agency: AGENCIES.police,
    online: true,
    endToEnd: true,
    noPaper: { always: true },
    workingDays: 1,
    level: 2,
    fee: false,
    action: 'residence-confirmation',
    result: RESIDENCE_CONFIRMATION,
    form: { npd: ['fullName', 'dateOfBirth', 'sex', 'idNumber', 'permanentAddress', 'currentAddress'], dropped: ['householdBookNumber'] },
  },
  {
    MaTTHC: '2.000488',
    TenTTHC: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    agency: AGENCIES.justice,
    online: true,
    endToEnd: true,
    workingDays: 10,
    level: 2,
    fee: false,
    action: 'result-only',
    result: { type: 'criminal-record-certificate', title: 'Phiếu lý lịch tư pháp số 1' },
    needs: RESIDENCE_CONFIRMATION,
    applicantFamily: true,
    form: {
      npd: ['fullName', 'dateOfBirth', 'sex', 'nationality', 'ethnicity', 'idNumber', 'permanentAddress', 'temporaryAddress', 'fatherFullName', 'motherFullName', 'spouseFullName'],
      warehouse: ['residenceHistory'],
      dropped: ['idIssueDate', 'idIssuePlace'],
    },
  },
  {
    MaTTHC: '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    agency: AGENCIES.people,
    online: true,
    endToEnd: true,
    workingDays: 1,
    level: 2,
    fee: false,
    action: 'result-only',
    result: { type: 'birth-certificate', title: 'Giấy khai sinh' },
    form: {
      npd: ['requesterFullName', 'requesterIdNumber', 'requesterResidence', 'motherFullName', 'motherDateOfBirth', 'motherEthnicity', 'motherNationality', 'motherResidence', 'fatherFullName', 'fatherDateOfBirth', 'fatherEthnicity', 'fatherNationality', 'fatherResidence'],
    },
  },
  {
    MaTTHC: '1.000656',
    TenTTHC: 'Đăng ký khai tử',
    agency: AGENCIES.people,
    online: true,
    endToEnd: true,
    workingDays: 1,
    level: 2,
    fee: false,
    action: 'result-only',
    result: { type: 'death-extract', title: 'Trích lục khai tử' },
    form: {
      npd: ['requesterFullName', 'requesterIdNumber', 'requesterResidence', 'deceasedFullName', 'deceasedDateOfBirth', 'deceasedSex', 'deceasedEthnicity', 'deceasedNationality', 'deceasedResidence'],
    },
  },
  {
    MaTTHC: '1.001731',
    TenTTHC: 'Trợ cấp mai táng',
    agency: AGENCIES.people,
    online: true,
    endToEnd: true,
    workingDays: 5,
    level: 2,
    fee: false,
    action: 'result-only',
    result: { type: 'funeral-allowance-decision', title: 'Quyết định hưởng trợ cấp mai táng' },
    form: { npd: ['deceasedFullName', 'claimantFullName', 'claimantIdNumber', 'claimantAddress'], warehouse: ['dateOfDeath'], dropped: ['deceasedSocialInsuranceNumber'] },
  },
  {
    MaTTHC: '1.011996',
    TenTTHC: 'Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    agency: AGENCIES.people,
    online: true,
    endToEnd: true,
    workingDays: 3,
    level: 2,
    fee: false,
    action: 'result-only',
    result: { type: 'health-insurance-card', title: 'Thẻ bảo hiểm y tế' },
    form: { npd: ['childFullName', 'childDateOfBirth', 'childSex', 'motherFullName', 'motherIdNumber', 'fatherFullName'], warehouse: ['birthCertificateNumber'] },
  },
  {
    MaTTHC: '1.002804',
    TenTTHC: 'Đổi giấy phép lái xe',
    agency: AGENCIES.people,
    online: true,
    endToEnd: false,
    workingDays: 5,
    level: 2,
    fee: false,
    action: 'result-only',
    result: { type: 'driving-licence', title: 'Giấy phép lái xe' },
    form: { npd: ['fullName', 'dateOfBirth', 'sex', 'idNumber', 'nationality', 'residence'], warehouse: ['licenceClass', 'licenceIssueDate', 'licenceIssuer'], dropped: ['idIssueDate', 'idIssuePlace', 'healthCheckCertificate'] },
  },
  {
    MaTTHC: '9.999001',
    TenTTHC: 'Thủ tục thử nghiệm của vn06 (không giảm lệ phí trực tuyến)',
    agency: AGENCIES.people,
    online: true,
    endToEnd: true,
    workingDays: 2,
    level: 1,
    fee: true,
    action: 'result-only',
    result: { type: 'procedure-result', title: 'Kết quả thủ tục thử nghiệm' },
  },
  {
    MaTTHC: '9.999002',
    TenTTHC: 'Thủ tục thử nghiệm của vn06 (chỉ tiếp nhận trực tiếp)',
    agency: AGENCIES.people,
    online: false,
    endToEnd: false,
    workingDays: 5,
    level: 2,
    fee: false,
    action: 'result-only',
    result: { type: 'procedure-result', title: 'Kết quả thủ tục thử nghiệm' },
  },
];

export function procedureOf(maTTHC: string): Procedure | undefined {
  return PROCEDURES.find((p) => p.MaTTHC === maTTHC);
}

/** True when the procedure takes no paper on this ISO weekday (R-PORT-11). */
export function noPaperOn(procedure: Procedure, weekday: number): boolean {
  return procedure.noPaper?.always === true || (procedure.noPaper?.weekdays ?? []).includes(weekday);
}
