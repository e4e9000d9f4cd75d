import { z } from 'zod';
import { defineRoute } from '../../src/mock/route.js';
import {
  dossierList,
  dossierListQuery,
  dossierParam,
  dossierSubmission,
  dossierView,
  notificationBody,
  notificationSchema,
  stepBody,
  type DossierSubmission,
  type StepBody,
} from './contract.js';
import { lateness } from './dossiers.js';
import { lifecycle } from './lifecycle.js';
import { replayed, REPLAY_HEADER } from './idempotency.js';
import { answer, clientOf, refusals } from './responses.js';
import { announceStatusChange, announceSubmission, viewOf, type PortalState } from './state.js';
import { parseVnTimestamp } from './vn-time.js';

export const DOSSIER_SCOPE = 'portal.dossier';

type Param = z.infer<typeof dossierParam>;
const idempotencyKey = (headers: Readonly<Record<string, string>>) => headers['idempotency-key'];

export const dossierRoutes = [
  defineRoute<PortalState, Record<string, string>, Record<string, string>, DossierSubmission>({
    id: 'portal.dossier.submit',
    method: 'POST',
    path: '/v1/dossiers',
    summary: `Submit a new dossier (R-PORT-1); the same MaHoSo with the same content, or the same Idempotency-Key, is a replay (header ${REPLAY_HEADER})`,
    scopes: [DOSSIER_SCOPE],
    body: dossierSubmission,
    responses: { 201: { description: 'the dossier', schema: dossierView }, 200: { description: 'a replay: the dossier as it stands', schema: dossierView }, ...refusals.conflict, ...refusals.unprocessable },
    handle(ctx) {
      const { body, state, headers } = ctx;
      const client = clientOf(ctx);
      return state.idempotency.once(`${client} submit`, idempotencyKey(headers), body, () => {
        const noPaper = state.catalogue.noPaperOn(client, body.MaTTHC, parseVnTimestamp(body.NgayTiepNhan));
        return answer(state.dossiers.submit(client, body, state.clock.now(), noPaper), ({ dossier, replay }) => {
          if (replay) return replayed({ status: 200, body: viewOf(state, dossier) });
          announceSubmission(state, dossier);
          return { status: 201, headers: { location: `/portal/v1/dossiers/${encodeURIComponent(body.MaHoSo)}` }, body: viewOf(state, dossier) };
        });
      });
    },
  }),
  defineRoute<PortalState, Record<string, string>, z.infer<typeof dossierListQuery>>({
    id: 'portal.dossier.list',
    method: 'GET',
    path: '/v1/dossiers',
    summary: 'The caller’s dossiers, by status, procedure, owner or lateness (?late=true lists the late ones, R-PORT-1)',
    scopes: [DOSSIER_SCOPE],
    query: dossierListQuery,
    responses: { 200: { description: 'the dossiers, in submission order', schema: dossierList } },
    handle(ctx) {
      const { query, state } = ctx;
      const now = state.clock.now();
      const dossiers = state.dossiers
        .list(clientOf(ctx))
        .map((d) => ({
          MaHoSo: d.submission.MaHoSo,
          MaTTHC: d.submission.MaTTHC,
          SoGiayToChuHoSo: d.submission.SoGiayToChuHoSo,
          TrangThaiHoSo: d.status,
          TenTrangThaiHoSo: lifecycle[d.status].label,
          NgayTiepNhan: d.submission.NgayTiepNhan,
          NgayHenTra: d.deadline,
          late: lateness(d, now).late,
        }))
        .filter((d) => query.TrangThaiHoSo === undefined || d.TrangThaiHoSo === query.TrangThaiHoSo)
        .filter((d) => query.MaTTHC === undefined || d.MaTTHC === query.MaTTHC)
        .filter((d) => query.SoGiayToChuHoSo === undefined || d.SoGiayToChuHoSo === query.SoGiayToChuHoSo)
        .filter((d) => query.late === undefined || d.late === (query.late === 'true'));
      return { status: 200, body: { total: dossiers.length, dossiers } };
    },
  }),
  defineRoute<PortalState, Param>({
    id: 'portal.dossier.get',
    method: 'GET',
    path: '/v1/dossiers/:maHoSo',
    summary: 'One dossier: its fields, status, processing history, lateness, notifications per status change, payments, warehouse results, warnings',
    scopes: [DOSSIER_SCOPE],
    params: dossierParam,
    responses: { 200: { description: 'the dossier', schema: dossierView }, ...refusals.notFound },
    handle(ctx) {
      const { params, state } = ctx;
      return answer(state.dossiers.own(params.maHoSo, clientOf(ctx)), (dossier) => ({ status: 200, body: viewOf(state, dossier) }));
    },
  }),
  defineRoute<PortalState, Param, Record<string, string>, StepBody>({
    id: 'portal.dossier.step',
    method: 'POST',
    path: '/v1/dossiers/:maHoSo/steps',
    summary: 'Record a processing step (QuaTrinhXuLy); a new TrangThai changes the status if the life-cycle allows it (else 409 naming from → to)',
    scopes: [DOSSIER_SCOPE],
    params: dossierParam,
    body: stepBody,
    responses: { 200: { description: 'the dossier after the step', schema: dossierView }, ...refusals.notFound, ...refusals.conflict, ...refusals.unprocessable },
    handle(ctx) {
      const { params, body, state, headers } = ctx;
      const client = clientOf(ctx);
      return state.idempotency.once(`${client} step ${params.maHoSo}`, idempotencyKey(headers), body, () =>
        answer(state.dossiers.own(params.maHoSo, client), (dossier) =>
          answer(state.dossiers.step(dossier, body, state.clock.now()), (change) => {
            if (change) announceStatusChange(state, change);
            return { status: 200, body: viewOf(state, dossier) };
          }),
        ),
      );
    },
  }),
  defineRoute<PortalState, Param, Record<string, string>, z.infer<typeof notificationBody>>({
    id: 'portal.dossier.notify',
    method: 'POST',
    path: '/v1/dossiers/:maHoSo/notifications',
    summary: 'Record one delivery of a status notification to the citizen on one channel: email, SMS, portal inbox or OTT (R-PORT-4)',
    scopes: [DOSSIER_SCOPE],
    params: dossierParam,
    body: notificationBody,
    responses: { 201: { description: 'the recorded delivery', schema: notificationSchema }, ...refusals.notFound, ...refusals.unprocessable },
    handle(ctx) {
      const { params, body, state } = ctx;
      const client = clientOf(ctx);
      return answer(state.dossiers.own(params.maHoSo, client), (dossier) =>
        answer(state.dossiers.notify(dossier, body, client, state.clock.now()), (notification) => ({ status: 201, body: notification })),
      );
    },
  }),
  defineRoute<PortalState, Param>({
    id: 'portal.dossier.notifications',
    method: 'GET',
    path: '/v1/dossiers/:maHoSo/notifications',
    summary: 'The notifications recorded for a dossier, in the order they were sent',
    scopes: [DOSSIER_SCOPE],
    params: dossierParam,
    responses: { 200: { description: 'the deliveries', schema: z.object({ notifications: z.array(notificationSchema) }) }, ...refusals.notFound },
    handle(ctx) {
      const { params, state } = ctx;
      return answer(state.dossiers.own(params.maHoSo, clientOf(ctx)), (dossier) => ({
        status: 200,
        body: { notifications: dossier.notifications.map(({ change: _change, ...notification }) => notification) },
      }));
    },
  }),
];
