import { Command, Option } from 'commander';
import { areas, coverage, kindLabels } from '../scenario/catalogue.js';
import { defaultScenariosDir, loadScenarios } from '../scenario/discover.js';
import type { CliIo } from './io.js';
import { langs } from './run.js';

type Lang = (typeof langs)[number];

const words = {
  en: {
    sources: 'sources',
    assumption: 'harness assumption',
    scenarios: 'scenarios',
    uncovered: 'UNCOVERED: no scenario checks it',
    summary: (total: number, covered: number) => `${total} requirements, ${covered} covered by scenarios, ${total - covered} uncovered`,
  },
  vi: {
    sources: 'nguồn',
    assumption: 'giả định của bộ kiểm thử',
    scenarios: 'kịch bản',
    uncovered: 'CHƯA CÓ KỊCH BẢN: chưa có kịch bản nào kiểm tra yêu cầu này',
    summary: (total: number, covered: number) => `${total} yêu cầu, ${covered} đã có kịch bản kiểm tra, ${total - covered} chưa có`,
  },
} as const;

/** `vn06 requirements`: the requirement catalogue with the scenarios covering each ID; uncovered IDs are marked. */
export function requirementsCommand(io: CliIo): Command {
  return new Command('requirements')
    .description('List the requirement catalogue (docs/REQUIREMENTS.md) with the scenarios covering each ID')
    .addOption(new Option('--lang <lang>', 'language of the titles').choices(langs).default('en').env('VN06_LANG'))
    .addOption(new Option('--json', 'print the catalogue and its coverage as JSON'))
    .addOption(new Option('--scenarios <dir>', 'folder of built scenarios (default: the suite shipped with vn06)'))
    .action(async (options: { lang: Lang; json?: boolean; scenarios?: string }) => {
      const rows = coverage(await loadScenarios(options.scenarios ?? defaultScenariosDir()));
      if (options.json) {
        const out = rows.map((r) => ({ ...r.requirement, scenarios: r.scenarios, covered: r.scenarios.length > 0 }));
        io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      const w = words[options.lang];
      const say = (line = ''): void => void io.stdout.write(`${line}\n`);
      for (const area of areas) {
        say(area.title[options.lang]);
        for (const { requirement: r, scenarios } of rows.filter((row) => row.requirement.area === area.id)) {
          const assumption = r.harnessAssumption ? `; ${w.assumption}` : '';
          say(`  ${r.id.padEnd(10)} ${kindLabels[r.kind][options.lang]} (${w.sources}: ${r.sources.join('; ')}${assumption})`);
          say(`             ${r.title[options.lang]}`);
          say(`             ${scenarios.length > 0 ? `${w.scenarios}: ${scenarios.join(', ')}` : w.uncovered}`);
        }
        say();
      }
      say(w.summary(rows.length, rows.filter((r) => r.scenarios.length > 0).length));
    });
}
