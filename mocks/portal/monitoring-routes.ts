import { z } from 'zod';
import { defineRoute } from '../../src/mock/route.js';
import { DEFAULT_MAX_DELAY_SECONDS } from './monitoring.js';
import { clientOf } from './responses.js';
import { monitoringEventBody, monitoringTargets, reconciliationQuery, reconciliationView, type MonitoringEventBody } from './services-contract.js';
import type { PortalState } from './state.js';

export const MONITORING_SCOPE = 'portal.monitoring';

const reportView = z.object({ MaHoSo: z.string(), event: z.string(), at: z.string(), target: z.enum(monitoringTargets), reportedAt: z.string() });

export const monitoringRoutes = [
  defineRoute<PortalState, Record<string, string>, Record<string, string>, MonitoringEventBody>({
    id: 'portal.monitoring.report',
    method: 'POST',
    path: '/v1/monitoring/events',
    summary: 'Report one dossier event to monitoring and measurement, for MIC’s system (BTTTT-20) or the real-time steering data (CT05-A16) (R-CONN-4)',
    scopes: [MONITORING_SCOPE],
    body: monitoringEventBody,
    responses: { 201: { description: 'the recorded report', schema: reportView } },
    handle(ctx) {
      const { client: _client, reportedAt, ...report } = ctx.state.monitoring.report(clientOf(ctx), ctx.body, ctx.state.clock.now());
      return { status: 201, body: { ...report, reportedAt: new Date(reportedAt).toISOString() } };
    },
  }),
  defineRoute<PortalState, Record<string, string>, z.infer<typeof reconciliationQuery>>({
    id: 'portal.monitoring.reconciliation',
    method: 'GET',
    path: '/v1/monitoring/reconciliation',
    summary: `Reported events against the status changes the portal saw in the caller’s dossiers, per target: missing, extra and late reports (later than maxDelaySeconds, default ${DEFAULT_MAX_DELAY_SECONDS})`,
    scopes: [MONITORING_SCOPE],
    query: reconciliationQuery,
    responses: { 200: { description: 'the reconciliation', schema: reconciliationView } },
    handle(ctx) {
      const client = clientOf(ctx);
      const { target, maxDelaySeconds = DEFAULT_MAX_DELAY_SECONDS } = ctx.query;
      return { status: 200, body: ctx.state.monitoring.reconcile(client, ctx.state.dossiers.list(client), target, maxDelaySeconds) };
    },
  }),
];
