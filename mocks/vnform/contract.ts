import { z } from 'zod';
import { personalIdSchema } from '../../src/contract/primitives.js';
import { questionIds } from './questions.js';

/**
 * VNForm's wire shapes. VNForm's integration interface is not published, so every shape here is vn06's own
 * (README.md says so); the procedure, dossier and citizen fields keep the portal's names (`MaTTHC`, `MaHoSo`,
 * `SoDinhDanh`; research notes §7.3).
 */
export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) });

const maTTHCSchema = z.string().regex(/^[0-9A-Za-z.-]{1,30}$/, 'a procedure code (MaTTHC) has 1-30 letters, digits, dots or dashes');

/** The world event VNForm emits: a citizen answered a survey; `data: { surveyId, MaTTHC, MaHoSo, averageRating }`. */
export const SURVEY_ANSWERED = 'survey.answered';

export const createSurveyBody = z
  .object({
    /** The procedure the dossier followed. */
    MaTTHC: maTTHCSchema,
    /** The completed dossier the survey is about. */
    MaHoSo: z.string().trim().min(1).max(50),
    /** The applicant invited to answer. */
    SoDinhDanh: personalIdSchema,
  })
  .strict();

export const surveyIdParam = z.object({ surveyId: z.string().regex(/^KS\d{6}$/, 'a survey ID looks like KS000001') });

export const answerSchema = z.object({ questionId: z.enum(questionIds), rating: z.number().int().min(1).max(5) }).strict();

export const answersBody = z
  .object({
    /** One rating per question of the list, each question once. */
    answers: z.array(answerSchema).min(1).max(questionIds.length),
    comment: z.string().max(1000).optional(),
  })
  .strict();

const questionSchema = z.object({ questionId: z.string(), text: z.string() });

export const surveyReply = z.object({
  surveyId: z.string(),
  MaTTHC: z.string(),
  MaHoSo: z.string(),
  SoDinhDanh: z.string(),
  status: z.enum(['offered', 'answered']),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
  /** Where the citizen answers; in the harness, a POST of the answers to it (a test control). */
  url: z.string(),
  questions: z.array(questionSchema),
  /** Rating → meaning, 1 (rất không hài lòng) to 5 (rất hài lòng). */
  scale: z.record(z.string(), z.string()),
  answers: z.array(answerSchema).nullable(),
  comment: z.string().nullable(),
});

export const resultsQuery = z.object({ MaTTHC: maTTHCSchema }).strict();

export const resultsReply = z.object({
  MaTTHC: z.string(),
  offered: z.number().int(),
  answered: z.number().int(),
  /** answered / offered; null before any survey is offered. */
  responseRate: z.number().nullable(),
  /** Over every rating of every answered survey; null before any answer. */
  averageRating: z.number().nullable(),
  questions: z.array(questionSchema.extend({ answers: z.number().int(), averageRating: z.number().nullable() })),
});
