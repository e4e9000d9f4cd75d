import { defineScenario } from '../../src/scenario/types.js';
import { ADDRESS, fileAndFinish, MockReader, PERSONA, statusPath } from './_steps.js';

/** The channels every status change must reach the citizen on (OTT is optional). */
const CHANNELS = ['email', 'sms', 'portal'] as const;

/**
 * R-PORT-4: each status change of a dossier is sent to the citizen once on each of email, SMS and the portal inbox.
 * A temporary registration with a fee goes through five statuses (received, fee requested, processing, processed,
 * returned); the portal counts the deliveries per channel for each change.
 */
export default defineScenario({
  id: 'portal/status-notifications',
  title: {
    en: 'Every status change of a dossier reaches the citizen once by email, once by SMS and once in the portal inbox',
    vi: 'Mỗi lần hồ sơ thay đổi trạng thái, công dân nhận được đúng một thông báo qua thư điện tử, một qua SMS và một trong hộp thư trên Cổng',
  },
  requirements: ['R-PORT-4'],
  tags: ['portal', 'dossier', 'notifications'],
  async run(ctx) {
    const { mocks, check } = ctx;
    const carried = await fileAndFinish(ctx, { MaTTHC: '1.004194', applicantId: PERSONA.ordinary, residence: { address: ADDRESS.ngocHa, from: '2026-06-01', until: '2027-05-31' } });
    const dossier = carried.filed.dossierCode ? await new MockReader(mocks).dossier(carried.filed.dossierCode) : undefined;
    const changes = dossier?.statusChanges ?? [];
    check('R-PORT-4', changes.length >= 4, { en: `the dossier went through ${changes.length} status changes (${statusPath(dossier).en})`, vi: `hồ sơ đã qua ${changes.length} lần thay đổi trạng thái (${statusPath(dossier).vi})` }, { data: { answers: carried, portal: dossier } });
    for (const change of changes) {
      const counts = CHANNELS.map((channel) => `${channel} ${change.notified[channel]}`).join(', ');
      check('R-PORT-4', CHANNELS.every((channel) => change.notified[channel] === 1), { en: `status ${change.TrangThaiHoSo}: sent once on each channel (${counts})`, vi: `trạng thái ${change.TrangThaiHoSo}: gửi đúng một lần trên mỗi kênh (${counts})` }, { data: change });
    }
  },
});
