import { z } from 'zod';
import { defineRoute } from '../../src/mock/route.js';
import { replayed } from './idempotency.js';
import { answer, clientOf, refusals } from './responses.js';
import {
  certificateBody,
  documentParam,
  issuedCertificateView,
  verdictView,
  verifyBody,
  warehouseDocumentBody,
  warehouseDocumentView,
  warehouseQuery,
  type CertificateRequest,
  type WarehouseDocumentBody,
} from './services-contract.js';
import { PORTAL, type PortalState } from './state.js';
import { Refusal, refuse } from './errors.js';
import { documentBytes } from './warehouse.js';

export const WAREHOUSE_SCOPE = 'portal.warehouse';
export const SIGNATURE_SCOPE = 'portal.signature';

export const warehouseRoutes = [
  defineRoute<PortalState, Record<string, string>, Record<string, string>, WarehouseDocumentBody>({
    id: 'portal.warehouse.store',
    method: 'POST',
    path: '/v1/warehouse/documents',
    summary: 'Store a citizen’s document or procedure result in the data warehouse, signed by the issuing agency (R-PORT-3, R-PORT-17, R-LT-4); a signature that does not verify is refused',
    scopes: [WAREHOUSE_SCOPE],
    body: warehouseDocumentBody,
    responses: { 201: { description: 'the stored document', schema: warehouseDocumentView }, 200: { description: 'the same document again: a replay', schema: warehouseDocumentView }, ...refusals.unprocessable },
    async handle(ctx) {
      const { body, state } = ctx;
      return answer(await state.warehouse.store(body, clientOf(ctx), state.clock.now()), ({ document, replay }) => {
        if (replay) return replayed({ status: 200, body: document });
        state.world.emit(PORTAL, 'warehouse.document.stored', document.SoDinhDanh, { id: document.id, type: document.type, MaHoSo: document.MaHoSo, issuer: document.issuer });
        return { status: 201, headers: { location: `/portal/v1/warehouse/documents/${document.id}` }, body: document };
      });
    },
  }),
  defineRoute<PortalState, Record<string, string>, z.infer<typeof warehouseQuery>>({
    id: 'portal.warehouse.list',
    method: 'GET',
    path: '/v1/warehouse/documents',
    summary: 'A citizen’s documents (?SoDinhDanh=) or a dossier’s results (?MaHoSo=), optionally of one type; readable by every procedure system, so a later procedure reuses them',
    scopes: [WAREHOUSE_SCOPE],
    query: warehouseQuery,
    responses: { 200: { description: 'the documents, in the order stored', schema: z.object({ total: z.number(), documents: z.array(warehouseDocumentView) }) } },
    handle({ query, state }) {
      const documents = state.warehouse.list(query);
      return { status: 200, body: { total: documents.length, documents } };
    },
  }),
  defineRoute<PortalState, z.infer<typeof documentParam>>({
    id: 'portal.warehouse.get',
    method: 'GET',
    path: '/v1/warehouse/documents/:id',
    summary: 'One stored document, with its signature and certificate',
    scopes: [WAREHOUSE_SCOPE],
    params: documentParam,
    responses: { 200: { description: 'the document', schema: warehouseDocumentView }, ...refusals.notFound },
    handle({ params, state }) {
      const document = state.warehouse.get(params.id);
      return document ? { status: 200, body: document } : refuse(404, `Failed to find document ${params.id}: the warehouse holds no such document`);
    },
  }),
  defineRoute<PortalState>({
    id: 'portal.signing.ca',
    method: 'GET',
    path: '/v1/signing/ca',
    summary: 'The test signing CA’s certificate (PEM), the one trust anchor of the portal’s test signatures',
    scopes: [SIGNATURE_SCOPE, WAREHOUSE_SCOPE],
    responses: { 200: { description: 'the CA certificate', schema: z.object({ caCertificate: z.string() }) } },
    async handle({ state }) {
      return { status: 200, body: { caCertificate: await state.signing.caCertificate() } };
    },
  }),
  defineRoute<PortalState, Record<string, string>, Record<string, string>, CertificateRequest>({
    id: 'portal.signing.certificate',
    method: 'POST',
    path: '/v1/signing/certificates',
    summary: 'Test only: issue a signing certificate and its private key (PEM) for a citizen (tied to their e-ID by default, R-PORT-13) or an agency',
    scopes: [SIGNATURE_SCOPE],
    body: certificateBody,
    responses: { 201: { description: 'the certificate, its private key and the CA certificate', schema: issuedCertificateView }, ...refusals.unprocessable },
    async handle({ body, state }) {
      return answer(await state.signing.issue(body), (issued) => ({ status: 201, body: issued }));
    },
  }),
  defineRoute<PortalState, Record<string, string>, Record<string, string>, z.infer<typeof verifyBody>>({
    id: 'portal.signature.verify',
    method: 'POST',
    path: '/v1/signatures/verify',
    summary: 'Verify a signed submission (R-PORT-7): the signer, whether the certificate is tied to an e-ID and to the applicant (R-PORT-13), and why it fails when it does',
    scopes: [SIGNATURE_SCOPE],
    body: verifyBody,
    responses: { 200: { description: 'the verdict', schema: verdictView }, ...refusals.unprocessable },
    async handle({ body, state }) {
      const document = documentBytes(body.document, body.encoding, 'document');
      if (document instanceof Refusal) return document.toResult();
      return answer(await state.signing.verify(document, body.signature, body.certificate, body.SoDinhDanh), (verdict) => ({ status: 200, body: verdict }));
    },
  }),
];
