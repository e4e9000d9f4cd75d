import type { StimulusOutput } from '../types.js';
import type { ReferenceCore } from './core.js';
import { joinName, toPerson, type CongDan, type Person } from './lookup-npd.js';
import type { Procedure } from './portal-catalogue.js';

/** Where an e-form field's value comes from (the portal's vocabulary, R-PORT-2). */
export type FieldSource = 'citizen' | 'npd' | 'warehouse' | 'dropped';

interface DiaChi {
  readonly ChiTiet: string;
  readonly TenPhuongXa: string;
  readonly MaTinhThanh: string;
  readonly TenTinhThanh: string;
}
type Relative = { readonly HoVaTen: string } | null | undefined;

/** The NPD record as the portal area reads it: the basic fields, and the optional ones a form asked for. */
export interface NpdRecord extends CongDan {
  readonly GioiTinh: string;
  readonly QuocTich: string;
  readonly ThuongTru: DiaChi;
  readonly NoiOHienTai: DiaChi;
  readonly DanToc?: string;
  readonly Cha?: Relative;
  readonly Me?: Relative;
  readonly VoChong?: Relative;
  readonly ChuHo?: Relative;
}

/** An applicant as the NPD knows them. */
export interface Applicant {
  readonly person: Person;
  readonly record: NpdRecord;
}

const addressText = (a: DiaChi): string => [a.ChiTiet, a.TenPhuongXa, a.TenTinhThanh].filter((p) => p !== '').join(', ');
const isoDate = (r: NpdRecord): string => toPerson(r).dateOfBirth;

/** How a field about the applicant is filled in from their NPD record, and the optional NPD field it needs. */
interface Filler {
  readonly npdField?: keyof NpdRecord;
  readonly value: (record: NpdRecord) => string | null;
}

const name: Filler = { value: (r) => joinName(r.HoVaTen) };
const id: Filler = { value: (r) => r.SoDinhDanh };
const residence: Filler = { value: (r) => addressText(r.ThuongTru) };
const current: Filler = { value: (r) => addressText(r.NoiOHienTai) };
const relative = (npdField: 'Cha' | 'Me' | 'VoChong' | 'ChuHo'): Filler => ({ npdField, value: (r) => r[npdField]?.HoVaTen ?? null });

/** The applicant's own fields, by form key (forms name the applicant the same way across procedures). */
const SELF: Readonly<Record<string, Filler>> = {
  fullName: name,
  requesterFullName: name,
  claimantFullName: name,
  idNumber: id,
  requesterIdNumber: id,
  claimantIdNumber: id,
  dateOfBirth: { value: isoDate },
  sex: { value: (r) => (r.GioiTinh === '1' ? 'Nam' : r.GioiTinh === '2' ? 'Nữ' : null) },
  nationality: { value: (r) => (r.QuocTich === 'VN' ? 'Việt Nam' : r.QuocTich) },
  ethnicity: { npdField: 'DanToc', value: (r) => r.DanToc ?? null },
  permanentAddress: residence,
  requesterResidence: residence,
  claimantAddress: residence,
  residence,
  currentAddress: current,
  temporaryAddress: current,
  householdHeadFullName: relative('ChuHo'),
};

/** The applicant's relatives, filled in only on forms about the applicant's own family (the criminal record form). */
const RELATIVES: Readonly<Record<string, Filler>> = { fatherFullName: relative('Cha'), motherFullName: relative('Me'), spouseFullName: relative('VoChong') };

function fillerOf(procedure: Procedure, key: string): Filler | undefined {
  return SELF[key] ?? (procedure.applicantFamily ? RELATIVES[key] : undefined);
}

/** The source of a baseline field on the system's e-form; the habit `no-prefill` makes the citizen type every field. */
export function sourceOf(core: ReferenceCore, procedure: Procedure, key: string): FieldSource {
  if (core.has('no-prefill')) return 'citizen';
  const form = procedure.form ?? {};
  return (['npd', 'warehouse', 'dropped'] as const).find((source) => form[source]?.includes(key)) ?? 'citizen';
}

/**
 * Looks an applicant up in the NPD: the basic fields, plus only the optional fields the given form keys need (data
 * minimisation, R-CONN-2). The person, or the status the NPD refused with.
 */
export async function lookupApplicant(core: ReferenceCore, personalId: string, procedure?: Procedure, keys: readonly string[] = []): Promise<Applicant | { status: number }> {
  const optional = new Set(keys.flatMap((key) => (procedure ? (fillerOf(procedure, key)?.npdField ?? []) : [])));
  const reply = await core.gateway.call('GET', `/npd/v1/citizens/${personalId}?fields=${[...optional].join(',')}`);
  if (reply.status !== 200) return { status: reply.status };
  const record = reply.json().data as NpdRecord;
  return { person: toPerson(record), record };
}

/** A baseline form as the portal publishes it. */
export interface BaselineForm {
  readonly MaTTHC: string;
  readonly fields: readonly { readonly key: string; readonly label: string }[];
}

/** The portal's baseline (pre-reform) forms, by procedure code. */
export async function baselineForms(core: ReferenceCore): Promise<Map<string, BaselineForm>> {
  const reply = await core.gateway.call('GET', '/portal/v1/forms');
  if (reply.status !== 200) return new Map();
  return new Map((reply.json().forms as BaselineForm[]).map((f) => [f.MaTTHC, f]));
}

/** The e-form of a procedure as the system publishes it: every baseline field with its source. */
export function currentForm(core: ReferenceCore, procedure: Procedure, baseline: BaselineForm): { key: string; label: string; source: FieldSource }[] {
  return baseline.fields.map((f) => ({ key: f.key, label: f.label, source: sourceOf(core, procedure, f.key) }));
}

type FormOutput = StimulusOutput<'openForm'>;

/** The e-form shown to a citizen: the fields the system fills in from the NPD carry their values (none with `no-prefill`). */
export async function formFor(core: ReferenceCore, procedure: Procedure, applicantId: string): Promise<FormOutput> {
  const baseline = (await baselineForms(core)).get(procedure.MaTTHC);
  if (!baseline) return { outcome: 'unknown-procedure', fields: [], message: `the portal holds no baseline form for ${procedure.MaTTHC}` };
  const fields = currentForm(core, procedure, baseline);
  const npdKeys = fields.filter((f) => f.source === 'npd').map((f) => f.key);
  const applicant = npdKeys.length === 0 ? undefined : await lookupApplicant(core, applicantId, procedure, npdKeys);
  if (applicant && !('person' in applicant)) return { outcome: 'unavailable', fields: [], message: `the NPD answered ${applicant.status}` };
  const valueOf = (key: string, source: FieldSource): string | null => (source === 'npd' && applicant ? (fillerOf(procedure, key)?.value(applicant.record) ?? null) : null);
  const shown = fields.map((f) => ({ ...f, value: valueOf(f.key, f.source) }));
  const typed = shown.filter((f) => f.source === 'citizen').length;
  return { outcome: 'shown', fields: shown, message: `${procedure.TenTTHC}: ${typed} of ${shown.length} fields typed by the citizen` };
}
