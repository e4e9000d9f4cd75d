import type { Rng } from './prng.js';
import { cohortOf, type Model, type SexId } from './model.js';

export interface DrawnName {
  readonly middle: string;
  readonly given: string;
}

/**
 * Draws a middle name and given name in Vietnamese order for one sex and birth year: 0–2 middle words as the cohort's
 * word-count table says, never repeating the last middle word as the given name.
 */
export function drawName(model: Model, rng: Rng, sex: SexId, birthYear: number, motherSurname?: string): DrawnName {
  const cohort = cohortOf(birthYear);
  const words = Number(model.wordCount[sex][cohort].sample(rng));
  let middle = '';
  if (words >= 3) {
    // Some children carry the mother's surname as the first middle word (Nguyễn Lê Minh Anh).
    let first = motherSurname ?? model.middle[sex][cohort].sample(rng);
    // "Văn" rarely opens a four-word man's name (Nguyễn Văn Gia Sơn reads wrong; Nguyễn Hữu Gia Sơn does not).
    for (let i = 0; i < 3 && words >= 4 && first === 'Văn'; i++) first = model.middle[sex][cohort].sample(rng);
    middle = first;
    if (words >= 4 || motherSurname !== undefined) {
      const second = model.secondMiddle[sex].sample(rng);
      if (second !== first) middle = `${first} ${second}`;
    }
  }
  const lastMiddle = middle.slice(middle.lastIndexOf(' ') + 1);
  let given = model.given[sex][cohort].sample(rng);
  for (let i = 0; i < 4 && given === lastMiddle; i++) given = model.given[sex][cohort].sample(rng);
  return { middle, given };
}

/** Joins surname, middle and given name into the full name, in Vietnamese order. */
export function fullNameOf(surname: string, middle: string, given: string): string {
  return middle === '' ? `${surname} ${given}` : `${surname} ${middle} ${given}`;
}
