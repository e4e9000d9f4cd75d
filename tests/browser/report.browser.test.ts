import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import type { SuiteResult } from '../../src/scenario/types.js';
import { catalogue, failingSuite, nasty, passingSuite } from '../report/fixtures.js';

/** The little of the DOM the JUnit check uses (the tests compile without the DOM library). */
interface XmlElement {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}
interface XmlDocument {
  querySelector(selector: string): XmlElement | null;
  querySelectorAll(selector: string): ArrayLike<XmlElement>;
}

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Waits for Chromium to appear (apt-get may still be installing it), for at most three minutes. */
async function waitForChromium(): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (!existsSync(executablePath)) {
    if (Date.now() > deadline) throw new Error(`Failed to find Chromium: nothing at ${executablePath} (set CHROMIUM_PATH or apt-get install chromium)`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

let browser: Browser;
let dir: string;
const files: Record<'en' | 'vi' | 'pass', string> = { en: '', vi: '', pass: '' };
/** Every URL a page asked for, to prove the report fetches nothing. */
const requested: string[] = [];

async function open(file: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(pathToFileURL(file).href);
  return page;
}

beforeAll(async () => {
  await waitForChromium();
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  dir = await mkdtemp(join(tmpdir(), 'vn06-report-'));
  for (const [key, result, lang] of [['en', failingSuite, 'en'], ['vi', failingSuite, 'vi'], ['pass', passingSuite, 'en']] as const) {
    files[key] = join(dir, `${key}.html`);
    await writeFile(files[key], renderReport(result, { format: 'html', lang, catalogue }));
  }
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the HTML report in a browser', () => {
  it('shows the summary first: verdict, system under test, seed and totals', async () => {
    const page = await open(files.en);
    const summary = page.locator('#summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    const text = await summary.innerText();
    expect(text).toContain('Result: FAIL');
    expect(text).toContain('reference (faulty: retry-storm)');
    expect(text).toContain('42');
    expect(text).toContain('7 (3 pass, 3 fail, 1 info)');
    const box = await summary.boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(100);
    const pass = await open(files.pass);
    expect(await pass.locator('#summary .suite-verdict').innerText()).toBe('Result: PASS');
  });

  it('shows a failing requirement’s group, reached from the overview, with its sources and the failing check', async () => {
    const page = await open(files.en);
    await page.locator('#overview a[href="#R-CONN-3"]').click();
    const group = page.locator('#R-CONN-3');
    expect(await group.isVisible()).toBe(true);
    expect(page.url()).toMatch(/#R-CONN-3$/);
    const text = await group.innerText();
    expect(text).toContain('Portal runs without congestion');
    expect(text).toContain('Sources: CV452 3, 5th indent');
    expect(text).toContain('backs off on 429');
    expect(await group.locator('h3 .badge').innerText()).toBe('Fail');
  });

  it('hides the evidence until its details is clicked, then shows the calls', async () => {
    const page = await open(files.en);
    const details = page.locator('#R-CONN-3 details.evidence');
    const journal = details.locator('table.journal');
    expect(await details.locator(':scope > summary').isVisible()).toBe(true);
    expect(await journal.isVisible()).toBe(false);
    await details.locator(':scope > summary').click();
    expect(await journal.isVisible()).toBe(true);
    expect(await journal.locator('tbody tr').count()).toBe(5);
    expect(await journal.locator('tbody tr').first().innerText()).toContain('429');
    expect(await details.locator('details.raw pre').isVisible()).toBe(false);
  });

  it('renders escaped text as the characters it stood for', async () => {
    const page = await open(files.en);
    expect(await page.locator('#R-CONN-2 .message').innerText()).toBe(nasty);
    expect(await page.locator('#R-CONN-2 b').count()).toBe(0);
  });

  it('shows the Vietnamese report in Vietnamese', async () => {
    const page = await open(files.vi);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('h1').innerText()).toBe('Báo cáo kiểm tra tuân thủ vn06');
    expect(await page.locator('#summary .suite-verdict').innerText()).toBe('Kết quả: KHÔNG ĐẠT');
    const group = page.locator('#R-CONN-3');
    expect(await group.locator('h3').innerText()).toContain('Cổng vận hành thông suốt, không tắc nghẽn');
    expect(await group.locator('h3 .badge').innerText()).toBe('Không đạt');
    expect(await group.locator('details.evidence > summary').innerText()).toBe('Bằng chứng (5 lượt gọi)');
    expect(await page.locator('#R-PORT-11 .note').innerText()).toBe('thí điểm: chỉ ghi nhận, không phải điều kiện đạt');
  });

  it('fetches nothing beyond the file itself', async () => {
    requested.length = 0;
    for (const file of Object.values(files)) await (await open(file)).locator('details.evidence > summary').first().click();
    expect(requested).toHaveLength(3);
    expect(requested.every((url) => url.startsWith('file://') && url.endsWith('.html'))).toBe(true);
  });
});

describe('the JUnit report in a real XML parser', () => {
  it('parses without error and gives back every test case name exactly, odd characters included', async () => {
    const odd: SuiteResult = {
      ...passingSuite,
      scenarios: [
        ...failingSuite.scenarios,
        { id: 'a/b', title: 't', requirements: ['R-LOOK-3'], status: 'fail', durationMs: 1, checks: [{ requirement: 'R-LOOK-3', verdict: 'fail', message: 'bell\u0007 ]]> \uD800 <![CDATA[x]]>' }] },
      ],
    };
    const page = await browser.newPage();
    for (const lang of ['en', 'vi'] as const) {
      const xml = renderReport(odd, { format: 'junit', lang, catalogue });
      const parsed = await page.evaluate((text) => {
        const { DOMParser } = globalThis as unknown as { DOMParser: new () => { parseFromString(xml: string, type: string): XmlDocument } };
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          suites: doc.querySelectorAll('testsuite').length,
          names: Array.from(doc.querySelectorAll('testcase'), (t) => t.getAttribute('name')),
          failure: doc.querySelector('testcase failure')?.textContent ?? '',
        };
      }, xml);
      expect(parsed.error).toBeNull();
      expect(parsed.suites).toBe(odd.scenarios.length);
      expect(parsed.names).toContain(`R-CONN-2: ${nasty}`);
      expect(parsed.names).toContain('R-LOOK-3: bell\uFFFD ]]> \uFFFD <![CDATA[x]]>');
      expect(parsed.failure).toContain('POST /portal/v1/dossiers → 429');
    }
  });
});
