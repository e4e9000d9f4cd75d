import type { StimulusOutput } from '../types.js';
import type { ReferenceCore } from './core.js';
import { PROCEDURES } from './portal-catalogue.js';
import { baselineForms, currentForm } from './portal-forms.js';
import { storeOf } from './portal-store.js';

/**
 * Publishes the system's catalogue on the portal (online, end to end and the no-paper pilot of each procedure:
 * R-PORT-10, -11) and its e-forms, every baseline field with its source (R-PORT-2).
 */
export async function publish(core: ReferenceCore): Promise<StimulusOutput<'publishCatalogue'>> {
  const procedures = PROCEDURES.map(({ MaTTHC, TenTTHC, online, endToEnd, noPaper }) => ({ MaTTHC, TenTTHC, online, endToEnd, ...(noPaper ? { noPaper } : {}) }));
  const catalogue = await core.gateway.call('PUT', '/portal/v1/catalogue', { json: { procedures } });
  if (catalogue.status !== 200) throw new Error(`the portal refused the catalogue: ${catalogue.status} ${catalogue.text.slice(0, 200)}`);
  const baselines = await baselineForms(core);
  const forms: string[] = [];
  for (const procedure of PROCEDURES) {
    const baseline = baselines.get(procedure.MaTTHC);
    if (!baseline) continue;
    const reply = await core.gateway.call('PUT', `/portal/v1/forms/${procedure.MaTTHC}`, { json: { fields: currentForm(core, procedure, baseline) } });
    if (reply.status === 200) forms.push(procedure.MaTTHC);
    else core.log(`the portal refused the e-form of ${procedure.MaTTHC}: ${reply.status}`);
  }
  const listed = procedures.map(({ MaTTHC, TenTTHC, online, endToEnd }) => ({ MaTTHC, TenTTHC, online, endToEnd }));
  return { procedures: listed, forms, message: `${listed.length} procedures and ${forms.length} e-forms published` };
}

/** Publishes once per system, before the first dossier (the portal judges no-paper days by the published catalogue). */
export function ensurePublished(core: ReferenceCore): Promise<void> {
  const store = storeOf(core);
  store.published ??= publish(core).then(
    () => undefined,
    (error: unknown) => {
      store.published = undefined;
      throw error;
    },
  );
  return store.published;
}
