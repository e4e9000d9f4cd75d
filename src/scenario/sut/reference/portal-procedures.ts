import type { ReferenceCore } from './core.js';
import type { DossierRecord } from './portal-store.js';

/** The officers' decision on a dossier: the facts the result states, or why the dossier is stopped. */
export type Decision = { readonly facts: Record<string, string> } | { readonly stopped: string };

interface Address {
  readonly ChiTiet: string;
  readonly TenPhuongXa: string;
  readonly TenTinhThanh: string;
}
const addressText = (a: Address): string => [a.ChiTiet, a.TenPhuongXa, a.TenTinhThanh].join(', ');

/** The residence database's refusal in one line. */
function refusal(reply: { status: number; text: string }): string {
  try {
    return `${reply.status} ${(JSON.parse(reply.text) as { error?: { message?: string } }).error?.message ?? ''}`.trim();
  } catch {
    return String(reply.status);
  }
}

/** Posts a residence change and reads the facts the database answers with; the reason of a refusal otherwise. */
async function residence(core: ReferenceCore, path: string, body: Record<string, unknown>, facts: (answer: any) => Record<string, string>): Promise<Decision> {
  const reply = await core.gateway.call('POST', `/residence/v1/${path}`, { json: body });
  if (reply.status === 201 || reply.status === 200) return { facts: facts(reply.json()) };
  return { stopped: `the residence database refused: ${refusal(reply)}` };
}

/**
 * What the officers do when they decide a dossier (R-PORT-6): residence procedures are carried out in the residence
 * database (a permanent or temporary registration, a confirmation issued into the citizen's VNeID wallet), so the
 * result states what the database now holds; other procedures issue their result as decided.
 */
export function decide(core: ReferenceCore, record: DossierRecord): Promise<Decision> {
  const { details, applicantId } = record;
  switch (record.procedure.action) {
    case 'permanent-registration':
      if (!details.address) return Promise.resolve({ stopped: 'no address to register' });
      return residence(core, 'permanent-registrations', { SoDinhDanh: applicantId, address: details.address }, (r) => ({ noiThuongTru: addressText(r.ThuongTru), soHoGiaDinh: String(r.SoHoGiaDinh) }));
    case 'temporary-registration':
      if (!details.address || !details.from || !details.until) return Promise.resolve({ stopped: 'no address or term to register' });
      return residence(core, 'temporary-registrations', { SoDinhDanh: applicantId, address: details.address, from: details.from, until: details.until }, (r) => ({
        noiTamTru: addressText(r.temporaryResidence.address),
        thoiHanTamTru: `${details.from} – ${details.until}`,
      }));
    case 'residence-confirmation':
      return residence(core, 'confirmations', { SoDinhDanh: applicantId, ...(details.purpose ? { mucDich: details.purpose } : {}) }, (r) => ({ soXacNhan: String(r.document.id), ...r.document.fields }));
    case 'result-only':
      return Promise.resolve<Decision>({ facts: details.purpose ? { mucDich: details.purpose } : {} });
  }
}
