/** One question of the survey, rated 1 to 5. */
export interface Question {
  readonly questionId: string;
  /** Unicode NFC. */
  readonly text: string;
}

/**
 * The fixed question list every survey carries: vn06's own wording of the usual satisfaction criteria for public
 * services (access, openness of the procedure, timeliness, staff, result). The real VNForm forms are set per
 * procedure by their owners; none is published.
 */
export const questions: readonly Question[] = [
  { questionId: 'CH1', text: 'Việc tiếp cận dịch vụ (cổng dịch vụ công, bộ phận một cửa) có thuận tiện không?' },
  { questionId: 'CH2', text: 'Thủ tục hành chính có được công khai đầy đủ, dễ hiểu không?' },
  { questionId: 'CH3', text: 'Hồ sơ có được giải quyết đúng hẹn không?' },
  { questionId: 'CH4', text: 'Cán bộ, công chức có thái độ phục vụ và hướng dẫn tận tình không?' },
  { questionId: 'CH5', text: 'Ông/bà hài lòng thế nào với kết quả giải quyết thủ tục hành chính?' },
];

/** What each rating means, 1 to 5. */
export const ratingScale: Readonly<Record<number, string>> = {
  1: 'Rất không hài lòng',
  2: 'Không hài lòng',
  3: 'Bình thường',
  4: 'Hài lòng',
  5: 'Rất hài lòng',
};

export const questionIds = questions.map((q) => q.questionId) as [string, ...string[]];
