import type { z } from 'zod';
import type { Clock } from '../../src/mock/clock.js';
import type { World } from '../../src/mock/world.js';
import { conflict, notFound, unprocessable, type Refusal } from '../treasury/refusal.js';
import { SURVEY_ANSWERED, type answerSchema, type answersBody, type createSurveyBody, type resultsReply } from './contract.js';
import { questions } from './questions.js';

type Answer = z.infer<typeof answerSchema>;

/** A survey offered on a completed dossier, and the citizen's answers once given. */
export interface Survey {
  readonly surveyId: string;
  /** The procedure system that offered it: the only one that reads it back. */
  readonly client: string;
  readonly MaTTHC: string;
  readonly MaHoSo: string;
  readonly SoDinhDanh: string;
  readonly status: 'offered' | 'answered';
  readonly createdAt: string;
  readonly answeredAt: string | null;
  readonly answers: readonly Answer[] | null;
  /** Unicode NFC. */
  readonly comment: string | null;
}

const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** The refusal when the answers do not rate every question of the list exactly once. */
function incompleteAnswers(answers: readonly Answer[]): Refusal | undefined {
  const given = answers.map((a) => a.questionId);
  const repeated = given.filter((id, i) => given.indexOf(id) !== i);
  if (repeated.length > 0) return unprocessable(`question ${repeated[0]} is answered more than once`, 'answers');
  const missing = questions.filter((q) => !given.includes(q.questionId)).map((q) => q.questionId);
  if (missing.length > 0) return unprocessable(`every question needs a rating from 1 to 5; missing: ${missing.join(', ')}`, 'answers');
  return undefined;
}

/** VNForm surveys (R-PORT-12): offered by a procedure system on completion, answered by the citizen, read back as results. */
export class Surveys {
  private readonly surveys = new Map<string, Survey>();
  private readonly world: World;
  private readonly clock: Clock;

  constructor(world: World, clock: Clock) {
    this.world = world;
    this.clock = clock;
  }

  /** Offers a survey on one dossier of a known citizen; a dossier gets one survey per client. */
  offer(client: string, request: z.infer<typeof createSurveyBody>): Survey | Refusal {
    if (!this.world.citizen(request.SoDinhDanh)) return unprocessable(`no citizen holds the personal ID ${request.SoDinhDanh}`, 'SoDinhDanh');
    const existing = [...this.surveys.values()].find((s) => s.client === client && s.MaHoSo === request.MaHoSo);
    if (existing) return conflict(`dossier ${request.MaHoSo} already has survey ${existing.surveyId} (${existing.status})`);
    const survey: Survey = {
      ...request,
      surveyId: `KS${String(this.surveys.size + 1).padStart(6, '0')}`,
      client,
      status: 'offered',
      createdAt: this.now(),
      answeredAt: null,
      answers: null,
      comment: null,
    };
    this.surveys.set(survey.surveyId, survey);
    return survey;
  }

  /** The survey, when this client offered it. */
  get(client: string, surveyId: string): Survey | undefined {
    const survey = this.surveys.get(surveyId);
    return survey?.client === client ? survey : undefined;
  }

  /** Records the citizen's ratings (every question once) and comment; a survey is answered once. */
  answer(surveyId: string, body: z.infer<typeof answersBody>): Survey | Refusal {
    const survey = this.surveys.get(surveyId);
    if (!survey) return notFound(`no survey ${surveyId}`);
    if (survey.status === 'answered') return conflict(`survey ${surveyId} was already answered at ${survey.answeredAt}`);
    const incomplete = incompleteAnswers(body.answers);
    if (incomplete) return incomplete;
    const answered: Survey = { ...survey, status: 'answered', answeredAt: this.now(), answers: body.answers, comment: body.comment?.normalize('NFC') ?? null };
    this.surveys.set(surveyId, answered);
    const { MaTTHC, MaHoSo } = answered;
    this.world.emit('vnform', SURVEY_ANSWERED, answered.SoDinhDanh, { surveyId, MaTTHC, MaHoSo, averageRating: mean(body.answers.map((a) => a.rating)) });
    return answered;
  }

  /** The results of this client's surveys of one procedure: counts, response rate, average rating overall and per question. */
  results(client: string, MaTTHC: string): z.infer<typeof resultsReply> {
    const offered = [...this.surveys.values()].filter((s) => s.client === client && s.MaTTHC === MaTTHC);
    const answers = offered.flatMap((s) => s.answers ?? []);
    const answered = offered.filter((s) => s.status === 'answered').length;
    return {
      MaTTHC,
      offered: offered.length,
      answered,
      responseRate: offered.length === 0 ? null : answered / offered.length,
      averageRating: mean(answers.map((a) => a.rating)),
      questions: questions.map((q) => {
        const ratings = answers.filter((a) => a.questionId === q.questionId).map((a) => a.rating);
        return { ...q, answers: ratings.length, averageRating: mean(ratings) };
      }),
    };
  }

  private now(): string {
    return new Date(this.clock.now()).toISOString();
  }
}
