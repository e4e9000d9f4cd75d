import { Command } from 'commander';
import { generateDataset } from '../generator/dataset.js';
import { DEFAULT_AS_OF, generatePopulation } from '../generator/population.js';
import { summarizePopulation } from '../generator/summary.js';
import { explainIdentifier } from '../identity/explain.js';
import type { CliIo } from './io.js';
import { wholeNumber } from './options.js';

const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;

/** `vn06 demo` (what `npm start` runs): a household, an ID explained, a dirty record with its truth, and population figures. */
export function demoCommand(io: CliIo): Command {
  return new Command('demo')
    .description('Show what vn06 generates: one household, an explained ID, a dirty record with its ground truth, and figures over 20,000 citizens')
    .option('-s, --seed <n>', 'seed', wholeNumber('--seed', 0, Number.MAX_SAFE_INTEGER), 1)
    .action((options: { seed: number }) => {
      const seed = options.seed;
      const say = (line = ''): void => void io.stdout.write(`${line}\n`);
      say('vn06: synthetic Vietnamese citizens for Đề án 06 integration tests');
      say(`seed ${seed}, reference date ${DEFAULT_AS_OF}; the same seed gives the same citizens on every machine.`);
      say();
      const sample = [...generatePopulation({ seed, count: 40 })];
      const first = sample[0]!;
      const household = sample.filter((c) => c.householdId === first.householdId);
      say(`Household ${first.householdId}: ${first.permanentAddress.detail}, ${first.permanentAddress.ward}, ${first.permanentAddress.province}`);
      say(`  (before 1 July 2025: ${first.permanentAddressBefore2025.ward}, ${first.permanentAddressBefore2025.district}, ${first.permanentAddressBefore2025.province})`);
      for (const c of household) {
        const death = c.dateOfDeath ? `  died ${c.dateOfDeath}` : '';
        say(`  ${c.relationshipToHead.padEnd(8)} ${c.fullName.padEnd(26)} ${c.sex.padEnd(6)} ${c.dateOfBirth}  ${c.personalId}  ${c.ethnicity}${death}`);
      }
      say();
      const explained = explainIdentifier(first.personalId);
      say(`vn06 id explain ${first.personalId}`);
      for (const [label, value] of explained.facts.slice(0, 4)) say(`  ${label.padEnd(28)} ${value}`);
      say();
      const dirty = [...generateDataset({ seed, count: 30, profile: 'realistic' })].find(
        (e) => e.truth.duplicateOf === null && e.truth.corruptions.some((c) => c !== 'decomposed-unicode' && c !== 'deceased-listed'),
      );
      if (dirty) {
        const truth = sample.find((c) => c.personalId === dirty.truth.personalId);
        say('A record as a sector database might hold it (profile "realistic"), with its ground truth:');
        say(`  record: ${dirty.record.fullName ?? '(no name)'}, ID ${dirty.record.personalId ?? '(missing)'}, born ${dirty.record.dateOfBirth ?? '(missing)'}, ${dirty.record.permanentAddress.ward}, ${dirty.record.permanentAddress.province}`);
        if (truth) say(`  truth:  ${truth.fullName}, ID ${truth.personalId}, born ${truth.dateOfBirth}, ${truth.permanentAddress.ward}, ${truth.permanentAddress.province}`);
        say(`  faults: ${dirty.truth.corruptions.join(', ')}`);
        say();
      }
      const s = summarizePopulation(generatePopulation({ seed, count: 20_000 }), DEFAULT_AS_OF);
      say(`Over ${s.citizens.toLocaleString('en')} citizens in ${s.households.toLocaleString('en')} households (${(s.citizens / s.households).toFixed(2)} per household; 2019 census: about 3.5):`);
      say(`  surnames   ${s.surnames.slice(0, 6).map(([name, k]) => `${name} ${pct(k, s.citizens)}`).join(', ')}`);
      say(`  male ${pct(s.male, s.citizens)}, Kinh ${pct(s.kinh, s.citizens)} (census 2019: 85.3%), deceased since 1 July 2021 ${pct(s.deceased, s.citizens)}`);
      say(`  ages       under 15 ${pct(s.ageBands.under15, s.citizens)}, 15–64 ${pct(s.ageBands.from15to64, s.citizens)}, 65+ ${pct(s.ageBands.from65, s.citizens)}`);
      say(`  old 9-digit ID ${pct(s.withLegacyId, s.citizens)}, VNeID level 2 ${pct(s.vneidLevel2, s.citizens)}, temporary residence ${pct(s.withTemporaryResidence, s.citizens)}`);
      let exact = 0;
      let total = 0;
      for (const e of generateDataset({ seed, count: 20_000, profile: 'realistic' })) {
        total++;
        if (e.truth.corruptions.length === 0) exact++;
      }
      say(`  profile "realistic": ${pct(exact, total)} of ${total.toLocaleString('en')} records match the population exactly (2022 national rate: 69.9%, BC2060 I.2(5))`);
      say();
      say('Try:');
      say('  npx vn06 generate --count 100000 --seed 7 --profile realistic --format csv --out citizens.csv --truth truth.csv');
      say('  npx vn06 id explain 001203012345');
      say('  npx vn06 serve        # the simulated systems over HTTP (NPD, VNeID, portal, …; see mocks/*/README.md)');
      say('  npx vn06 personas     # well-known test IDs');
    });
}
