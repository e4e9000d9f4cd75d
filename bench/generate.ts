/**
 * Generator benchmark: vn06 against the fakerVI generator a tester would otherwise write, the full `vn06 generate`
 * path (NDJSON and CSV to /dev/null), the realistic dirty profile, and peak memory at two sizes in child processes.
 *
 *   npm run bench                              build, then the full run (about 2 minutes on 2 cores)
 *   node dist/bench/generate.js --quick        smaller counts, a smoke test (well under 20 s)
 *   node --expose-gc dist/bench/generate.js --child N   (internal) write N citizens as NDJSON to /dev/null, print maxRSS
 *
 * Not part of the deterministic generator: wall-clock time and machine details are printed on purpose.
 * Nothing is asserted; the numbers are printed as measured.
 */
import { int, printHeader, table } from './report.js';
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { fakerVI } from '@faker-js/faker';
import type { Citizen } from '../src/contract/citizen.js';
import type { Sink } from '../src/format/sink.js';
import type { Format } from '../src/format/writers.js';
import { generateDataset } from '../src/generator/dataset.js';
import { generatePopulation } from '../src/generator/population.js';
import { writeDataset } from '../src/generator/write-dataset.js';

const SEED = 20_260_101;
const RUNS = 3;

interface Sizes {
  readonly warmup: number;
  readonly population: number;
  readonly fakerWarmup: number;
  readonly faker: number;
  readonly serialized: number;
  readonly dirty: number;
  readonly memorySmall: number;
  readonly memoryLarge: number;
}

const FULL: Sizes = {
  warmup: 20_000,
  population: 1_000_000,
  fakerWarmup: 5_000,
  faker: 100_000,
  serialized: 1_000_000,
  dirty: 1_000_000,
  memorySmall: 10_000,
  memoryLarge: 1_000_000,
};

const QUICK: Sizes = {
  warmup: 5_000,
  population: 50_000,
  fakerWarmup: 1_000,
  faker: 5_000,
  serialized: 30_000,
  dirty: 30_000,
  memorySmall: 1_000,
  memoryLarge: 30_000,
};

// ---------------------------------------------------------------------------------------------------------------
// Sinks and helpers

/** A `Sink` that writes every chunk to /dev/null: the encoding and the write syscall are paid, the bytes dropped. */
function devNullSink(): Sink & { readonly bytes: () => number } {
  const fd = openSync('/dev/null', 'w');
  let open = true;
  let bytes = 0;
  return {
    async write(text) {
      bytes += writeSync(fd, text);
    },
    async close() {
      if (!open) return;
      open = false;
      closeSync(fd);
    },
    abort() {
      if (!open) return;
      open = false;
      closeSync(fd);
    },
    bytes: () => bytes,
  };
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function progress(text: string): void {
  process.stderr.write(`  … ${text}\n`);
}

/** Sink for consumed values so the work cannot be optimised away; printed at the end. */
let checksum = 0;

// ---------------------------------------------------------------------------------------------------------------
// The workloads; each returns how many records it produced.

function consumeVn06(count: number, seed: number): number {
  let n = 0;
  let sum = 0;
  for (const c of generatePopulation({ seed, count })) {
    sum += c.personalId.length + c.fullName.length + c.permanentAddress.detail.length + (c.phone?.length ?? 0);
    n++;
  }
  checksum += sum;
  return n;
}

function consumeDirty(count: number, seed: number): number {
  let n = 0;
  let sum = 0;
  for (const { record, truth } of generateDataset({ seed, count, profile: 'realistic' })) {
    sum += (record.personalId?.length ?? 0) + (record.fullName?.length ?? 0) + (record.phone?.length ?? 0) + truth.corruptions.length;
    n++;
  }
  checksum += sum;
  return n;
}

/** The same fields as a Citizen, filled the way a tester would fill them with fakerVI. */
type FakerCitizen = { readonly [K in keyof Citizen]: unknown };

const ETHNICITIES = ['Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', "H'Mông", 'Dao', 'Gia Rai'] as const;
const RELIGIONS = ['Không', 'Phật giáo', 'Công giáo', 'Cao Đài', 'Hòa Hảo', 'Tin Lành'] as const;
const MARITAL = ['single', 'married', 'widowed', 'divorced'] as const;
const RELATIONS = ['Chủ hộ', 'Vợ', 'Chồng', 'Con', 'Cháu', 'Cha', 'Mẹ'] as const;
const CARD_PREFIXES = ['DN', 'HC', 'HT', 'GD', 'TE', 'HS', 'SV', 'NO', 'CN'] as const;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function fakerAddress(): { detail: string; wardCode: string; ward: string; provinceCode: string; province: string } {
  const f = fakerVI;
  return {
    detail: f.location.streetAddress(),
    wardCode: f.string.numeric(5),
    ward: f.location.city(),
    provinceCode: f.string.numeric(2),
    province: f.location.state(),
  };
}

function fakerCitizen(): FakerCitizen {
  const f = fakerVI;
  const personalId = f.string.numeric(12);
  const sex = f.person.sexType();
  const surname = f.person.lastName();
  const middleName = f.person.middleName(sex);
  const givenName = f.person.firstName(sex);
  const birth = f.date.birthdate({ mode: 'age', min: 0, max: 95 });
  const adult = birth.getUTCFullYear() <= 2007;
  const permanentAddress = fakerAddress();
  const social = f.datatype.boolean({ probability: 0.9 }) ? f.string.numeric(10) : null;
  return {
    personalId,
    legacyId: f.helpers.maybe(() => f.string.numeric(9), { probability: 0.6 }) ?? null,
    fullName: f.person.fullName({ sex }),
    surname,
    middleName,
    givenName,
    sex,
    dateOfBirth: isoDate(birth),
    birthRegistrationProvinceCode: f.string.numeric(2),
    birthRegistrationProvince: f.location.state(),
    hometown: `${f.location.city()}, ${f.location.state()}`,
    ethnicityCode: f.string.numeric(2),
    ethnicity: f.helpers.arrayElement(ETHNICITIES),
    religionCode: f.string.numeric(2),
    religion: f.helpers.arrayElement(RELIGIONS),
    nationality: 'VN',
    maritalStatus: f.helpers.arrayElement(MARITAL),
    permanentAddress,
    permanentAddressBefore2025: { ...fakerAddress(), district: f.location.county() },
    temporaryAddress: f.helpers.maybe(fakerAddress, { probability: 0.15 }) ?? null,
    householdId: f.string.numeric(10),
    relationshipToHead: f.helpers.arrayElement(RELATIONS),
    headOfHouseholdId: f.string.numeric(12),
    fatherId: f.helpers.maybe(() => f.string.numeric(12), { probability: 0.5 }) ?? null,
    motherId: f.helpers.maybe(() => f.string.numeric(12), { probability: 0.5 }) ?? null,
    spouseId: f.helpers.maybe(() => f.string.numeric(12), { probability: 0.5 }) ?? null,
    socialInsuranceCode: social,
    healthInsuranceCard: social === null ? null : `${f.helpers.arrayElement(CARD_PREFIXES)}${f.number.int({ min: 1, max: 5 })}${f.string.numeric(2)}${social}`,
    taxCode: adult ? personalId : null,
    legacyTaxCode: f.helpers.maybe(() => f.string.numeric(10), { probability: 0.4 }) ?? null,
    phone: f.phone.number(),
    vneidLevel: f.helpers.arrayElement([0, 1, 2] as const),
    dateOfDeath: f.helpers.maybe(() => isoDate(f.date.recent({ days: 1500 })), { probability: 0.01 }) ?? null,
  };
}

function consumeFaker(count: number, seed: number): number {
  fakerVI.seed(seed);
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const c = fakerCitizen();
    sum += (c.personalId as string).length + (c.fullName as string).length + (c.phone as string).length;
  }
  checksum += sum;
  return count;
}

async function writeFormat(format: Format, count: number, seed: number): Promise<number> {
  const out = devNullSink();
  const { records } = await writeDataset({ seed, count, profile: 'clean', format, out });
  await out.close();
  checksum += out.bytes() % 1_000_003;
  return records;
}

// ---------------------------------------------------------------------------------------------------------------
// Measurement

interface Result {
  readonly name: string;
  readonly records: number;
  readonly runs: readonly number[];
  /** Records per second of the median run. */
  readonly rate: number;
}

async function measure(name: string, warmup: number, count: number, work: (count: number, seed: number) => number | Promise<number>): Promise<Result> {
  progress(`${name}: warm-up ${warmup.toLocaleString('en-US')}`);
  await work(warmup, SEED + 1);
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    collectGarbage();
    progress(`${name}: run ${r + 1}/${RUNS}, ${count.toLocaleString('en-US')} records`);
    const start = performance.now();
    const produced = await work(count, SEED);
    const seconds = (performance.now() - start) / 1000;
    if (produced !== count) throw new Error(`${name} produced ${produced} records, expected ${count}`);
    runs.push(seconds);
  }
  return { name, records: count, runs, rate: count / median(runs) };
}

interface MemoryResult {
  readonly records: number;
  readonly maxRssKb: number;
  readonly seconds: number;
}

/** Child mode: writes N citizens through the full NDJSON writer path to /dev/null and reports the peak RSS. */
async function child(count: number): Promise<void> {
  collectGarbage();
  const out = devNullSink();
  const start = performance.now();
  const { records } = await writeDataset({ seed: SEED, count, profile: 'clean', format: 'ndjson', out });
  await out.close();
  const seconds = (performance.now() - start) / 1000;
  const result: MemoryResult = { records, maxRssKb: process.resourceUsage().maxRSS, seconds };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(count: number): MemoryResult {
  progress(`peak memory: child process, ${count.toLocaleString('en-US')} records`);
  const self = fileURLToPath(import.meta.url);
  const stdout = execFileSync(process.execPath, ['--expose-gc', self, '--child', String(count)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as MemoryResult;
}

// ---------------------------------------------------------------------------------------------------------------
// Report


async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const childAt = args.indexOf('--child');
  if (childAt >= 0) {
    const count = Number(args[childAt + 1]);
    if (!Number.isSafeInteger(count) || count < 1) throw new Error(`--child needs a positive record count, got ${String(args[childAt + 1])}`);
    await child(count);
    return;
  }
  const quick = args.includes('--quick');
  const sizes = quick ? QUICK : FULL;
  const began = performance.now();

  printHeader(`vn06 generator benchmark${quick ? ' (--quick: reduced counts, smoke test only)' : ''}`, `@faker-js/faker fakerVI, seed ${SEED}, median of ${RUNS} runs`);
  console.log('');

  const vn06 = await measure('vn06 generatePopulation', sizes.warmup, sizes.population, consumeVn06);
  const faker = await measure('fakerVI, same fields', sizes.fakerWarmup, sizes.faker, consumeFaker);
  const ndjson = await measure('vn06 generate, NDJSON to /dev/null', sizes.warmup, sizes.serialized, (n, s) => writeFormat('ndjson', n, s));
  const csv = await measure('vn06 generate, CSV to /dev/null', sizes.warmup, sizes.serialized, (n, s) => writeFormat('csv', n, s));
  const dirty = await measure("generateDataset, profile 'realistic'", sizes.warmup, sizes.dirty, consumeDirty);
  const small = runChild(sizes.memorySmall);
  const large = runChild(sizes.memoryLarge);

  const results = [vn06, faker, ndjson, csv, dirty];
  const rows: string[][] = [['measure', 'records', 'runs (s)', 'median s', 'records/s']];
  for (const r of results) {
    rows.push([r.name, int(r.records), r.runs.map((s) => s.toFixed(2)).join(' / '), median(r.runs).toFixed(2), int(r.rate)]);
  }
  console.log(table(rows, [false, true, true, true, true]));
  console.log('');
  const memoryRows: string[][] = [['peak memory (child: node --expose-gc, NDJSON to /dev/null)', 'records', 'seconds', 'maxRSS kB', 'MiB']];
  for (const m of [small, large]) {
    memoryRows.push(['process.resourceUsage().maxRSS', int(m.records), m.seconds.toFixed(2), int(m.maxRssKb), (m.maxRssKb / 1024).toFixed(1)]);
  }
  console.log(table(memoryRows, [false, true, true, true, true]));
  console.log('');
  const x = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
  console.log(
    `ratios: vn06/fakerVI ${x(vn06.rate, faker.rate)} | NDJSON/bare ${x(ndjson.rate, vn06.rate)} | CSV/bare ${x(csv.rate, vn06.rate)}` +
      ` | realistic/bare ${x(dirty.rate, vn06.rate)} | peak RSS ${int(large.records)}/${int(small.records)} ${x(large.maxRssKb, small.maxRssKb)}`,
  );
  console.log(`(checksum ${checksum % 1_000_000_007}, total ${((performance.now() - began) / 1000).toFixed(1)} s)`);
}

await main();
