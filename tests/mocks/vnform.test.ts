import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultClients } from '../../mocks/index.js';
import { surveyReply } from '../../mocks/vnform/contract.js';
import { questions, vnform } from '../../mocks/vnform/index.js';
import { openApiDocument } from '../../src/contract/openapi.js';
import { personas } from '../../src/population/personas.js';
import { serve, type Served } from './helpers.js';

const OTHER = { id: 'other-province', secret: 'other-province-secret', name: 'Another province’s procedure system', scopes: ['vnform.survey'] };
const APPLICANT = '001085999001';
const RESIDENCE = '1.004222';

let s: Served;
let token: string;
let otherToken: string;

beforeAll(async () => {
  s = await serve({ clients: [...defaultClients, OTHER] });
  token = await s.token();
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: OTHER.id, client_secret: OTHER.secret });
  otherToken = (await s.call('POST', '/npd/oauth/token', { body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } })).json().access_token;
});
afterAll(async () => {
  await s.server.close();
});

const offer = (body: Record<string, unknown>, bearer = token) => s.call('POST', '/vnform/v1/surveys', { token: bearer, json: body });
const dossier = (MaHoSo: string, MaTTHC = RESIDENCE) => ({ MaTTHC, MaHoSo, SoDinhDanh: APPLICANT });
const rate = (...ratings: number[]) => ({ answers: questions.map((q, i) => ({ questionId: q.questionId, rating: ratings[i] ?? 3 })) });
const answer = (surveyId: string, body: unknown) => s.call('POST', `/vnform/v1/surveys/${surveyId}/answers`, { json: body });

describe('the fixed question list', () => {
  it('has five questions in Vietnamese, in NFC', () => {
    expect(questions.map((q) => q.questionId)).toEqual(['CH1', 'CH2', 'CH3', 'CH4', 'CH5']);
    for (const q of questions) expect(q.text.normalize('NFC')).toBe(q.text);
  });
});

describe('offering a survey on a completed dossier (R-PORT-12)', () => {
  it('creates a survey that carries the procedure and dossier reference, with its questions and the URL to answer', async () => {
    const r = await offer(dossier('H01-001'));
    expect(r.status).toBe(201);
    const survey = surveyReply.parse(r.json());
    expect(survey).toMatchObject({ MaTTHC: RESIDENCE, MaHoSo: 'H01-001', SoDinhDanh: APPLICANT, status: 'offered', answers: null, createdAt: '2026-01-01T00:00:00.000Z' });
    expect(survey.url).toBe(`${s.server.url}/vnform/v1/surveys/${survey.surveyId}/answers`);
    expect(survey.questions).toEqual(questions);
    expect(survey.scale).toMatchObject({ 1: 'Rất không hài lòng', 5: 'Rất hài lòng' });
  });

  it('refuses a survey without the procedure or the dossier reference (422, naming the field)', async () => {
    const noProcedure = await offer({ MaHoSo: 'H01-002', SoDinhDanh: APPLICANT });
    expect([noProcedure.status, noProcedure.json().error.field]).toEqual([422, 'MaTTHC']);
    const noDossier = await offer({ MaTTHC: RESIDENCE, SoDinhDanh: APPLICANT });
    expect([noDossier.status, noDossier.json().error.field]).toEqual([422, 'MaHoSo']);
    const blank = await offer(dossier('  '));
    expect([blank.status, blank.json().error.field]).toEqual([422, 'MaHoSo']);
  });

  it('refuses an unknown applicant and a second survey for the same dossier', async () => {
    const unknown = await offer({ ...dossier('H01-003'), SoDinhDanh: personas().find((p) => p.kind === 'unknown-id')!.personalId });
    expect([unknown.status, unknown.json().error.field]).toEqual([422, 'SoDinhDanh']);
    const again = await offer(dossier('H01-001'));
    expect(again.status).toBe(409);
    expect(again.json().error.message).toContain('KS000001');
  });

  it('needs a token with vnform.survey', async () => {
    expect((await s.call('POST', '/vnform/v1/surveys', { json: dossier('H01-004') })).status).toBe(401);
    expect((await offer(dossier('H01-004'), await s.token('bank'))).status).toBe(403);
  });
});

describe('answering and reading back', () => {
  let surveyId: string;

  beforeAll(async () => {
    surveyId = (await offer(dossier('H01-010'))).json().surveyId;
  });

  it('refuses answers that skip a question, repeat one, name an unknown one or rate outside 1-5', async () => {
    const skipped = await answer(surveyId, { answers: rate(5, 5, 5, 5).answers.slice(0, 4) });
    expect(skipped.status).toBe(422);
    expect(skipped.json().error.message).toContain('missing: CH5');
    const repeated = await answer(surveyId, { answers: [...rate().answers.slice(0, 4), { questionId: 'CH1', rating: 4 }] });
    expect(repeated.json().error.message).toContain('CH1 is answered more than once');
    expect((await answer(surveyId, { answers: [{ questionId: 'CH9', rating: 4 }] })).status).toBe(422);
    expect((await answer(surveyId, rate(6))).status).toBe(422);
    expect((await answer(surveyId, rate(0))).status).toBe(422);
  });

  it('records the citizen’s ratings and comment (in NFC) without a token, and emits survey.answered', async () => {
    const comment = 'Cán bộ hướng dẫn nhiệt tình'.normalize('NFD');
    const r = await answer(surveyId, { ...rate(5, 4, 3, 5, 4), comment });
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ status: 'answered', answeredAt: '2026-01-01T00:00:00.000Z', comment: comment.normalize('NFC') });
    expect(r.json().comment).not.toBe(comment);
    const event = s.harness.world.events({ kind: 'survey.answered' }).at(-1);
    expect(event).toMatchObject({ system: 'vnform', personalId: APPLICANT, data: { surveyId, MaTTHC: RESIDENCE, MaHoSo: 'H01-010', averageRating: 4.2 } });
  });

  it('refuses a second answer (409), an unknown survey (404) and a malformed ID (400)', async () => {
    expect((await answer(surveyId, rate(1, 1, 1, 1, 1))).status).toBe(409);
    expect((await answer('KS999999', rate())).status).toBe(404);
    expect((await answer('survey-1', rate())).status).toBe(400);
  });

  it('shows a survey, with its answers, only to the system that offered it', async () => {
    const mine = await s.call('GET', `/vnform/v1/surveys/${surveyId}`, { token });
    expect(mine.status).toBe(200);
    expect(mine.json().answers).toEqual(rate(5, 4, 3, 5, 4).answers);
    expect((await s.call('GET', `/vnform/v1/surveys/${surveyId}`, { token: otherToken })).status).toBe(404);
  });

  it('reads the results of a procedure back: counts, response rate, average ratings overall and per question', async () => {
    const second = (await offer(dossier('H01-011'))).json().surveyId;
    await answer(second, rate(3, 2, 1, 3, 2));
    const r = await s.call('GET', `/vnform/v1/results?MaTTHC=${RESIDENCE}`, { token });
    expect(r.status).toBe(200);
    const results = r.json();
    // Surveys of 1.004222 offered by this client: H01-001, H01-010, H01-011; two answered.
    expect(results).toMatchObject({ MaTTHC: RESIDENCE, offered: 3, answered: 2, responseRate: 2 / 3, averageRating: 3.2 });
    expect(results.questions.map((q: { averageRating: number }) => q.averageRating)).toEqual([4, 3, 2, 4, 3]);
    expect(results.questions[0]).toMatchObject({ questionId: 'CH1', text: questions[0]!.text, answers: 2 });
  });

  it('gives empty results for another procedure or another client, and 400 without MaTTHC', async () => {
    const other = (await s.call('GET', '/vnform/v1/results?MaTTHC=1.004194', { token })).json();
    expect(other).toMatchObject({ offered: 0, answered: 0, responseRate: null, averageRating: null });
    expect((await s.call('GET', `/vnform/v1/results?MaTTHC=${RESIDENCE}`, { token: otherToken })).json().offered).toBe(0);
    expect((await s.call('GET', '/vnform/v1/results', { token })).status).toBe(400);
  });
});

describe('VNForm’s OpenAPI document', () => {
  it('is valid OpenAPI 3.1 and lists every route', async () => {
    const doc = openApiDocument(vnform) as { paths: Record<string, Record<string, { operationId: string }>> };
    const result = await new Validator().validate(doc as never);
    expect(result.errors).toBeUndefined();
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(ids.sort()).toEqual(vnform.routes.map((r) => r.id).sort());
  });
});
