// Every template, in both languages, in a real browser: accessible (axe-core, WCAG 2.1 AA),
// private (nothing requested from another origin, no CSP violation under Netlify's policy),
// usable without JavaScript, no horizontal scrolling on a 360 px phone, and a screenshot of each
// at 360 and 1280 px kept in target/screenshots for people to look at.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { browserMissing, siteInBrowser } from './browser.mjs';
import { allPages } from './pages.mjs';

const SHOTS = 'target/screenshots';
const skip = browserMissing();
const AXE = fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

describe('every template in a real browser', { skip: skip || false }, () => {
  const session = siteInBrowser();
  before(() => fs.mkdirSync(SHOTS, { recursive: true }));

  /** Opens a page, recording every request and every CSP violation or console error on the way. */
  async function visit(url, options = {}) {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    const foreign = [];
    const problems = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(session.origin) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(session.origin + url, { waitUntil: 'load' });
    return { context, page, foreign, problems };
  }

  for (const { template, lang, url } of allPages()) {
    it(`${template} (${lang}) ${url}: WCAG 2.1 AA, nothing from elsewhere, no CSP violation`, async () => {
      const { context, page, foreign, problems } = await visit(url);
      try {
        assert.deepEqual(foreign, [], 'requests that left the site');
        assert.deepEqual(problems.filter((p) => /Content Security Policy|Refused/.test(p)), [], 'CSP violations');
        assert.deepEqual(problems, [], 'console errors');
        await page.evaluate(AXE);
        const result = await page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }));
        const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        assert.deepEqual(violations, [], 'axe-core violations');
      } finally {
        await context.close();
      }
    });

    it(`${template} (${lang}): fits a 360 px screen; screenshots at 360 and 1280 px`, async () => {
      for (const width of [360, 1280]) {
        const { context, page } = await visit(url, { viewport: { width, height: 800 } });
        try {
          const name = `${template.replace(/\s+/g, '-')}-${lang}-${width}.png`;
          await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
          if (width === 360) {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
          }
        } finally {
          await context.close();
        }
      }
    });

    if (template !== 'search') {
      it(`${template} (${lang}): fully usable without JavaScript`, async () => {
        const { context, page } = await visit(url, { javaScriptEnabled: false });
        try {
          const main = await page.locator('main').innerText();
          assert.ok(main.trim().length > 40, 'the main content is there');
          const hiddenNeeded = await page.locator('main [hidden]:not(.copy-button):not(.print-button):not(.case-filter)').count();
          assert.equal(hiddenNeeded, 0, 'nothing in the page waits for a script to be shown');
          const links = await page.locator('header a, nav a').count();
          assert.ok(links > 3, 'navigation works as plain links');
        } finally {
          await context.close();
        }
      });
    }
  }
});
