import type { z } from 'zod';
import { defineRoute } from '../../src/mock/route.js';
import { isRefusal, notFound, refused } from '../treasury/refusal.js';
import { answersBody, createSurveyBody, errorSchema, resultsQuery, resultsReply, surveyIdParam, surveyReply } from './contract.js';
import { questions, ratingScale } from './questions.js';
import type { VnformState } from './state.js';
import type { Survey } from './surveys.js';

export const VNFORM_SCOPES = { survey: 'vnform.survey' } as const;

type SurveyParams = z.infer<typeof surveyIdParam>;

/** The survey as its offering system and the citizen see it: the questions, the scale, where to answer. */
function surveyView(survey: Survey, origin: string): z.infer<typeof surveyReply> {
  const { client: _client, ...shown } = survey;
  return {
    ...shown,
    answers: survey.answers === null ? null : [...survey.answers],
    url: `${origin}/vnform/v1/surveys/${survey.surveyId}/answers`,
    questions: [...questions],
    scale: Object.fromEntries(Object.entries(ratingScale)),
  };
}

const notFoundReply = { description: 'no such survey, or one another client offered', schema: errorSchema };

export const vnformRoutes = [
  defineRoute<VnformState, Record<string, string>, Record<string, string>, z.infer<typeof createSurveyBody>>({
    id: 'vnform.survey.offer',
    method: 'POST',
    path: '/v1/surveys',
    summary: 'Offer the survey of a completed dossier: it carries the procedure (MaTTHC) and dossier (MaHoSo) reference (R-PORT-12)',
    scopes: [VNFORM_SCOPES.survey],
    body: createSurveyBody,
    responses: {
      201: { description: 'the survey, offered, with the URL where the citizen answers', schema: surveyReply },
      409: { description: 'the dossier already has a survey', schema: errorSchema },
      422: { description: 'a missing reference or an unknown citizen, named in `field`', schema: errorSchema },
    },
    handle({ body, state, client, origin }) {
      const survey = state.surveys.offer(client!.id, body);
      return isRefusal(survey) ? refused(survey) : { status: 201, body: surveyView(survey, origin) };
    },
  }),
  defineRoute<VnformState, SurveyParams, Record<string, string>, z.infer<typeof answersBody>>({
    id: 'vnform.survey.answer',
    method: 'POST',
    path: '/v1/surveys/:surveyId/answers',
    summary: 'Test control, no token: the citizen answers, a rating from 1 to 5 for every question of the list, and an optional comment',
    scopes: null,
    params: surveyIdParam,
    body: answersBody,
    responses: {
      200: { description: 'the answered survey', schema: surveyReply },
      404: notFoundReply,
      409: { description: 'the survey was already answered', schema: errorSchema },
      422: { description: 'a question unanswered, answered twice or unknown, or a rating outside 1-5', schema: errorSchema },
    },
    handle({ params, body, state, origin }) {
      const survey = state.surveys.answer(params.surveyId, body);
      return isRefusal(survey) ? refused(survey) : { status: 200, body: surveyView(survey, origin) };
    },
  }),
  defineRoute<VnformState, SurveyParams>({
    id: 'vnform.survey.get',
    method: 'GET',
    path: '/v1/surveys/:surveyId',
    summary: 'A survey the caller offered: its status and, once answered, the ratings and comment',
    scopes: [VNFORM_SCOPES.survey],
    params: surveyIdParam,
    responses: { 200: { description: 'the survey', schema: surveyReply }, 404: notFoundReply },
    handle({ params, state, client, origin }) {
      const survey = state.surveys.get(client!.id, params.surveyId);
      return survey ? { status: 200, body: surveyView(survey, origin) } : refused(notFound(`no survey ${params.surveyId}`));
    },
  }),
  defineRoute<VnformState, Record<string, string>, z.infer<typeof resultsQuery>>({
    id: 'vnform.results',
    method: 'GET',
    path: '/v1/results',
    summary: 'The results of the caller’s surveys of one procedure: offered, answered, response rate, average ratings (R-PORT-12)',
    scopes: [VNFORM_SCOPES.survey],
    query: resultsQuery,
    responses: { 200: { description: 'the results', schema: resultsReply } },
    handle({ query, state, client }) {
      return { status: 200, body: state.surveys.results(client!.id, query.MaTTHC) };
    },
  }),
];
