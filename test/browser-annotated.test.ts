// Opens the annotated view in Debian's chromium (never a downloaded browser) and checks what a
// reader sees: marks where the offsets say, tooltips on hover and focus, injected markup inert.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { framelens, SEEDS } from './cli-run.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)`);

const INJECTED = {
  id: 'injected',
  outlet: 'Test <b>Outlet</b>',
  text: 'EVIL <script>window.__pwned = 1</script> headline\n“The \"><img src=x onerror="window.__pwned=2"> regime is a threat,” Ali Shamkhani said. The Takfiri terrorists <iframe src="https://example.com"></iframe> fled.',
};

const texts = new Map<string, string>([[INJECTED.id, INJECTED.text]]);
for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) texts.set(f.replace(/\.txt$/, ''), readFileSync(join(SEEDS, f), 'utf8'));

describe.skipIf(!HAS_CHROMIUM)('annotated HTML in chromium', () => {
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const requests: string[] = [];
  const pages: Record<'report' | 'seeds report' | 'worksheet', string> = { report: '', 'seeds report': '', worksheet: '' };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-html-'));
    const input = join(dir, 'injected.jsonl');
    writeFileSync(input, `${JSON.stringify(INJECTED)}\n`);
    const out = join(dir, 'view.html');
    const r = framelens(['report', '--format', 'html', '--out', out, SEEDS, input]);
    expect(r.code).toBe(0);
    pages.report = out;
    pages['seeds report'] = join(dir, 'seeds.html');
    pages.worksheet = join(dir, 'worksheet.html');
    expect(framelens(['report', '--format', 'html', '--out', pages['seeds report'], SEEDS]).code).toBe(0);
    expect(framelens(['report', '--teach', '--format', 'html', '--out', pages.worksheet, SEEDS]).code).toBe(0);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (req) => {
      if (!req.url().startsWith('file:')) requests.push(req.url());
    });
    await page.goto(pathToFileURL(out).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('marks every quote, mention and loaded term exactly where its offsets say', async () => {
    const pieces = await page.$$eval('.text [data-start][data-end]', (els) =>
      els.map((el) => {
        // The article text of a piece, without tooltips (which are not article text).
        const clone = el.cloneNode(true) as Element;
        for (const tip of clone.querySelectorAll('.tip')) tip.remove();
        return {
          article: el.closest('[data-text-of]')!.getAttribute('data-text-of')!,
          start: Number(el.getAttribute('data-start')),
          end: Number(el.getAttribute('data-end')),
          text: clone.textContent,
        };
      }),
    );
    expect(pieces.length).toBeGreaterThan(50);
    for (const p of pieces) expect(p.text, `${p.article} ${p.start}-${p.end}`).toBe(texts.get(p.article)!.slice(p.start, p.end));
    // Whole texts survive too.
    const whole = await page.$$eval('[data-text-of]', (els) =>
      els.map((el) => {
        const clone = el.cloneNode(true) as Element;
        for (const tip of clone.querySelectorAll('.tip')) tip.remove();
        return [el.getAttribute('data-text-of')!, clone.textContent!] as const;
      }),
    );
    for (const [id, text] of whole) expect(text).toBe(texts.get(id));
  });

  it('shows the charts inline, with text labels', async () => {
    const charts = page.locator('figure svg[role="img"]');
    expect(await charts.count()).toBe(2);
    expect(await charts.first().textContent()).toContain('Al-Alam');
    expect(await page.locator('figure svg text', { hasText: 'Test <b>Outlet</b>' }).count()).toBeGreaterThan(0);
  });

  it('labels quotes with their speaker in text', async () => {
    const labels = await page.$$eval('.quote.kind-direct, .quote.kind-partial', (els) => els.map((el) => getComputedStyle(el, '::before').content));
    expect(labels.some((l) => l.includes('Lindsey Graham'))).toBe(true);
  });

  it('shows a loaded term\'s explanation on hover and on keyboard focus', async () => {
    const marks = page.locator('mark.loaded[tabindex="0"]');
    expect(await marks.count()).toBeGreaterThan(10);
    const first = marks.nth(0);
    const tipOf = async (m: typeof first) => page.locator(`[id="${await m.getAttribute('aria-describedby')}"]`);
    const firstTip = await tipOf(first);
    expect(await firstTip.isVisible()).toBe(false);
    await first.hover();
    expect(await firstTip.isVisible()).toBe(true);
    expect((await firstTip.textContent())!.length).toBeGreaterThan(20);
    await page.mouse.move(0, 0);
    const second = marks.nth(3);
    await second.focus();
    const secondTip = await tipOf(second);
    expect(await secondTip.isVisible()).toBe(true);
    expect(await firstTip.isVisible()).toBe(false);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'annotated-seeds.png'), fullPage: false });
    await page.keyboard.press('Tab');
    expect(await secondTip.isVisible()).toBe(false);
  });

  it.each(['seeds report', 'report', 'worksheet'] as const)('the %s fits a 400 px wide window: no sideways scrolling', async (which) => {
    const narrow = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await narrow.goto(pathToFileURL(pages[which]).href);
    const { scrollWidth, width } = await narrow.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
    mkdirSync(ARTIFACTS, { recursive: true });
    if (which !== 'worksheet') await narrow.screenshot({ path: join(ARTIFACTS, `narrow-${which.replace(' ', '-')}.png`), fullPage: false });
    await narrow.close();
    expect(width).toBe(400);
    expect(scrollWidth).toBeLessThanOrEqual(width);
  });

  // A word in a table cell is never broken across lines: a wide table scrolls in its box instead.
  it.each(['seeds report', 'worksheet'] as const)('the %s breaks no word of a table cell at 1200 and 400 px', async (which) => {
    for (const width of [1200, 400]) {
      const view = await browser.newPage({ viewport: { width, height: 800 } });
      await view.goto(pathToFileURL(pages[which]).href);
      const split = await view.evaluate(() => {
        const found: string[] = [];
        const range = document.createRange();
        for (const td of document.querySelectorAll('td')) {
          const walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
            for (const m of n.data.matchAll(/[\p{L}\p{N}'’]{2,}/gu)) {
              range.setStart(n, m.index!);
              range.setEnd(n, m.index! + m[0].length);
              const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (tops.size > 1) found.push(m[0]);
            }
          }
        }
        return found;
      });
      await view.close();
      expect(split, `${which} at ${width} px`).toEqual([]);
    }
  });

  // A worksheet is photocopied for a class: the student pages run on, the key starts a page of its
  // own, a naming table with no actor is left out, and the cells to fill in leave room to write.
  it('prints the worksheet on few pages, with the answer key on its own', async () => {
    const sheet = await browser.newPage();
    await sheet.goto(pathToFileURL(pages.worksheet).href);
    const cell = () => sheet.evaluate(() => parseFloat(getComputedStyle(document.querySelector('td:empty')!, '::after').minHeight));
    const onScreen = await cell();
    await sheet.emulateMedia({ media: 'print' });
    const breaks = await sheet.$$eval('body *', (els) => els.filter((el) => getComputedStyle(el).breakBefore === 'page').map((el) => el.textContent));
    expect(breaks).toEqual(['Answer key (for the teacher)']);
    expect(await cell()).toBeGreaterThanOrEqual(2 * onScreen);
    expect(await sheet.locator('h2', { hasText: 'what each outlet calls' }).count()).toBe(0);
    expect(await sheet.locator('p', { hasText: 'No naming table to fill in' }).count()).toBe(1);
    const pdf = (await sheet.pdf({ format: 'A4' })).toString('latin1');
    await sheet.close();
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)!.length).toBeLessThanOrEqual(3);
  });

  it('shows injected markup as characters and runs nothing', async () => {
    const injected = page.locator('[data-text-of="injected"]');
    expect(await injected.textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await injected.textContent()).toContain('"><img src=x onerror=');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, iframe, script').count()).toBe(0);
    expect(await page.locator('section.outlet h2', { hasText: 'Test <b>Outlet</b>' }).count()).toBe(1);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
  });
});
