import { z } from 'zod';
import { defineRoute, type RouteResult } from '../../src/mock/route.js';
import { baselineForms, type BaselineForm } from './baseline-forms.js';
import { catalogueRatios } from './catalogue.js';
import { refuse } from './errors.js';
import { baselineForm, formReduction } from './forms.js';
import { answer, clientOf, refusals } from './responses.js';
import { baselineFormView, catalogueBody, catalogueView, formBody, formParam, fieldSources, ratiosView, reductionView, type CatalogueEntry, type FormBody } from './services-contract.js';
import type { PortalState } from './state.js';

export const CATALOGUE_SCOPE = 'portal.catalogue';

type FormParam = z.infer<typeof formParam>;
const currentFormView = z.object({ MaTTHC: z.string(), fields: z.array(z.object({ key: z.string(), label: z.string().optional(), source: z.enum(fieldSources) })) });

function noCatalogue(client: string): RouteResult {
  return refuse(404, `Failed to find a catalogue: client ${client} has published none (PUT /portal/v1/catalogue)`);
}

/** The baseline form of a procedure, or 404 naming the procedures that have one. */
function withBaseline(maTTHC: string, run: (baseline: BaselineForm) => RouteResult): RouteResult {
  const baseline = baselineForm(maTTHC);
  if (baseline) return run(baseline);
  return refuse(404, `Failed to find the baseline form of ${maTTHC}: baselines exist for ${baselineForms.map((f) => f.MaTTHC).join(', ')}`);
}

export const catalogueRoutes = [
  defineRoute<PortalState, Record<string, string>, Record<string, string>, { procedures: CatalogueEntry[] }>({
    id: 'portal.catalogue.publish',
    method: 'PUT',
    path: '/v1/catalogue',
    summary: 'Publish (replace) the caller’s procedure catalogue: each procedure online or not, end to end or not, and its no-paper days (R-PORT-10, R-PORT-11)',
    scopes: [CATALOGUE_SCOPE],
    body: catalogueBody,
    responses: { 200: { description: 'the catalogue', schema: catalogueView } },
    handle(ctx) {
      const client = clientOf(ctx);
      return { status: 200, body: { client, ...ctx.state.catalogue.publish(client, ctx.body.procedures, ctx.state.clock.now()) } };
    },
  }),
  defineRoute<PortalState>({
    id: 'portal.catalogue.get',
    method: 'GET',
    path: '/v1/catalogue',
    summary: 'The caller’s published catalogue',
    scopes: [CATALOGUE_SCOPE],
    responses: { 200: { description: 'the catalogue', schema: catalogueView }, ...refusals.notFound },
    handle(ctx) {
      const client = clientOf(ctx);
      const published = ctx.state.catalogue.get(client);
      return published ? { status: 200, body: { client, ...published } } : noCatalogue(client);
    },
  }),
  defineRoute<PortalState>({
    id: 'portal.catalogue.ratios',
    method: 'GET',
    path: '/v1/catalogue/ratios',
    summary: 'The share of procedures online and the share of those end to end, against the 80% / 80% targets (R-PORT-10)',
    scopes: [CATALOGUE_SCOPE],
    responses: { 200: { description: 'the ratios', schema: ratiosView }, ...refusals.notFound },
    handle(ctx) {
      const client = clientOf(ctx);
      const published = ctx.state.catalogue.get(client);
      return published ? { status: 200, body: catalogueRatios(published.procedures) } : noCatalogue(client);
    },
  }),
  defineRoute<PortalState>({
    id: 'portal.forms.baselines',
    method: 'GET',
    path: '/v1/forms',
    summary: 'The baseline (pre-reform) forms the portal holds, with their field lists (R-PORT-2)',
    scopes: [CATALOGUE_SCOPE],
    responses: { 200: { description: 'the baseline forms', schema: z.object({ forms: z.array(baselineFormView) }) } },
    handle: () => ({ status: 200, body: { forms: baselineForms } }),
  }),
  defineRoute<PortalState, FormParam>({
    id: 'portal.forms.get',
    method: 'GET',
    path: '/v1/forms/:maTTHC',
    summary: 'A procedure’s baseline form and the caller’s current form (null until published)',
    scopes: [CATALOGUE_SCOPE],
    params: formParam,
    responses: { 200: { description: 'baseline and current form', schema: z.object({ baseline: baselineFormView, current: currentFormView.nullable() }) }, ...refusals.notFound },
    handle(ctx) {
      return withBaseline(ctx.params.maTTHC, (baseline) => {
        const fields = ctx.state.forms.get(clientOf(ctx), baseline.MaTTHC);
        return { status: 200, body: { baseline, current: fields ? { MaTTHC: baseline.MaTTHC, fields } : null } };
      });
    },
  }),
  defineRoute<PortalState, FormParam, Record<string, string>, FormBody>({
    id: 'portal.forms.publish',
    method: 'PUT',
    path: '/v1/forms/:maTTHC',
    summary: 'Publish the caller’s current e-form: every baseline field with its source (citizen typed, prefilled from the NPD or the warehouse, or dropped), plus any new field',
    scopes: [CATALOGUE_SCOPE],
    params: formParam,
    body: formBody,
    responses: { 200: { description: 'the current form', schema: currentFormView }, ...refusals.notFound, ...refusals.unprocessable },
    handle(ctx) {
      return withBaseline(ctx.params.maTTHC, (baseline) =>
        answer(ctx.state.forms.publish(clientOf(ctx), baseline, ctx.body.fields), (fields) => ({ status: 200, body: { MaTTHC: baseline.MaTTHC, fields } })),
      );
    },
  }),
  defineRoute<PortalState, FormParam>({
    id: 'portal.forms.reduction',
    method: 'GET',
    path: '/v1/forms/:maTTHC/reduction',
    summary: 'The share of baseline fields the citizen no longer types in the caller’s current form, against the 20% target (R-PORT-2)',
    scopes: [CATALOGUE_SCOPE],
    params: formParam,
    responses: { 200: { description: 'the reduction', schema: reductionView }, ...refusals.notFound },
    handle(ctx) {
      return withBaseline(ctx.params.maTTHC, (baseline) => {
        const fields = ctx.state.forms.get(clientOf(ctx), baseline.MaTTHC);
        if (!fields) return refuse(404, `Failed to measure the form of ${baseline.MaTTHC}: the caller has published no current form (PUT /portal/v1/forms/${baseline.MaTTHC})`);
        return { status: 200, body: formReduction(baseline, fields) };
      });
    },
  }),
];
