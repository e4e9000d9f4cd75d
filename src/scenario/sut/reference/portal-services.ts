import type { Handlers } from './core.js';
import { readWalletDocument, signIn } from './lookup-vneid.js';
import { procedureOf, PROVINCE } from './portal-catalogue.js';
import { formFor } from './portal-forms.js';
import { payBenefit } from './portal-payments.js';
import { publish } from './portal-publish.js';
import { storeOf } from './portal-store.js';

/** The portal area's other handlers: catalogue and forms, the own warehouse, accommodation, benefits, the health book, surveys. */
export const serviceHandlers: Handlers<'publishCatalogue' | 'openForm' | 'citizenDocuments' | 'notifyAccommodation' | 'payBenefit' | 'readHealthBook' | 'surveyResults'> = {
  async publishCatalogue(core) {
    const published = await publish(core);
    storeOf(core).published = Promise.resolve();
    return published;
  },

  async openForm(core, { MaTTHC, applicantId }) {
    const procedure = procedureOf(MaTTHC);
    if (!procedure) return { outcome: 'unknown-procedure', fields: [], message: `${MaTTHC} is not a procedure of ${PROVINCE.name}` };
    return formFor(core, procedure, applicantId);
  },

  async citizenDocuments(core, { personalId }) {
    const documents = storeOf(core)
      .ownWarehouse.filter((d) => d.SoDinhDanh === personalId)
      .map(({ id, type, title, MaHoSo, issuer, issuedOn, portalDocumentId }) => ({ id, type, title, MaHoSo, issuer, issuedOn, portalDocumentId }));
    return { documents };
  },

  /**
   * Sends an accommodation notice to the portal, where the police and the guest can find it (R-PORT-8). The habit
   * `keep-accommodation-local` files it in the system's own register only.
   */
  async notifyAccommodation(core, { host, guest, from, to, address }) {
    if (core.has('keep-accommodation-local')) {
      const serial = ++storeOf(core).serial;
      return { outcome: 'accepted', noticeId: `LT-${String(serial).padStart(6, '0')}`, message: 'recorded in the accommodation register' };
    }
    const body = {
      host: { name: host.name, ...(host.personalId ? { SoDinhDanh: host.personalId } : {}), ...(host.phone ? { phone: host.phone } : {}), ...(host.establishment ? { establishment: host.establishment } : {}) },
      guest: 'personalId' in guest ? { SoDinhDanh: guest.personalId } : { passport: guest.passport },
      from,
      to,
      address,
    };
    const reply = await core.gateway.call('POST', '/portal/v1/accommodation-notices', { json: body });
    if (reply.status === 201) return { outcome: 'accepted', noticeId: reply.json<{ id: string }>().id, message: 'the notice is on the portal' };
    if (reply.status === 422) return { outcome: 'refused', message: `the portal refused the notice: ${reply.json<{ error: { message: string } }>().error.message}` };
    return { outcome: 'unavailable', message: `the portal answered ${reply.status}; the notice is kept and sent again later` };
  },

  payBenefit,

  /**
   * Reads the citizen's e-health book from their VNeID wallet, with their consent (sign-in with scope `wallet`), each
   * time it is shown (R-PORT-15). The habit `cache-health-book` keeps the first copy it read.
   */
  async readHealthBook(core, { personalId }) {
    const cache = storeOf(core).healthBooks;
    const cached = cache.get(personalId);
    if (core.has('cache-health-book') && cached) return { outcome: 'shown', fields: cached, message: 'the e-health book as read before' };
    const session = await signIn(core, personalId, 'openid wallet');
    if ('refused' in session) return { outcome: 'refused', fields: {}, message: session.refused };
    const read = await readWalletDocument(session, core, `e-health-book/${personalId}`);
    if ('refused' in read) return read.status === 404 ? { outcome: 'none', fields: {}, message: 'no e-health book on VNeID' } : { outcome: 'refused', fields: {}, message: read.refused };
    cache.set(personalId, { ...read.document.fields });
    return { outcome: 'shown', fields: { ...read.document.fields }, issuedOn: read.document.issuedOn, message: `the e-health book as VNeID shows it (${read.document.status})` };
  },

  async surveyResults(core, { MaTTHC }) {
    const reply = await core.gateway.call('GET', `/vnform/v1/results?MaTTHC=${encodeURIComponent(MaTTHC)}`);
    if (reply.status !== 200) return { offered: 0, answered: 0, averageRating: null, message: `VNForm answered ${reply.status}` };
    const results = reply.json<{ offered: number; answered: number; averageRating: number | null }>();
    return { offered: results.offered, answered: results.answered, averageRating: results.averageRating, message: `${results.answered} of ${results.offered} surveys answered` };
  },
};
