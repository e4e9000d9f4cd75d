import { baselineForms, type BaselineForm } from './baseline-forms.js';
import { Refusal } from './errors.js';
import type { FieldSource, FormBody } from './services-contract.js';

/** CT05 A10 (R-PORT-2): at least 20% of the declared fields cut by reusing digitised data. */
export const FORM_REDUCTION_TARGET = 0.2;

type CurrentField = FormBody['fields'][number];

export function baselineForm(maTTHC: string): BaselineForm | undefined {
  return baselineForms.find((form) => form.MaTTHC === maTTHC);
}

/** How far a current form cuts the baseline: a field counts as cut when the citizen no longer types it. */
export function formReduction(baseline: BaselineForm, current: readonly CurrentField[]) {
  const known = new Set(baseline.fields.map((field) => field.key));
  const sourceOf = new Map(current.map((field) => [field.key, field.source]));
  const cut = baseline.fields.flatMap((field) => {
    const source = sourceOf.get(field.key) as FieldSource;
    return source === 'citizen' ? [] : [{ key: field.key, label: field.label, source }];
  });
  const addedTypedFields = current.filter((field) => !known.has(field.key) && field.source === 'citizen').map((field) => field.key);
  const typedNow = current.filter((field) => field.source === 'citizen').length;
  const reduction = Math.round(((baseline.fields.length - typedNow) / baseline.fields.length) * 10_000) / 10_000;
  return {
    MaTTHC: baseline.MaTTHC,
    TenTTHC: baseline.TenTTHC,
    baselineFields: baseline.fields.length,
    typedNow,
    cut,
    addedTypedFields,
    reduction,
    target: FORM_REDUCTION_TARGET,
    meetsTarget: reduction >= FORM_REDUCTION_TARGET,
  };
}

/** The current e-forms each procedure system publishes, one per procedure (R-PORT-2). */
export class FormStore {
  private readonly forms = new Map<string, readonly CurrentField[]>();

  /** Keeps a current form; it must say what became of every baseline field, and only a baseline field can be dropped. */
  publish(client: string, baseline: BaselineForm, fields: readonly CurrentField[]): readonly CurrentField[] | Refusal {
    const listed = new Set(fields.map((field) => field.key));
    const missing = baseline.fields.find((field) => !listed.has(field.key));
    if (missing) return new Refusal(422, `Failed to publish the form of ${baseline.MaTTHC}: baseline field ${missing.key} (${missing.label}) is not listed; list it with its source, or as dropped`, 'fields');
    const known = new Set(baseline.fields.map((field) => field.key));
    const stray = fields.find((field) => field.source === 'dropped' && !known.has(field.key));
    if (stray) return new Refusal(422, `Failed to publish the form of ${baseline.MaTTHC}: ${stray.key} is not a baseline field, so it cannot be dropped`, 'fields');
    this.forms.set(`${client}\u0000${baseline.MaTTHC}`, [...fields]);
    return fields;
  }

  get(client: string, maTTHC: string): readonly CurrentField[] | undefined {
    return this.forms.get(`${client}\u0000${maTTHC}`);
  }
}
