// A site in three languages in a real browser: the fixture site with Kazakh added
// (src/test/resources/third-language/, as ThirdLanguageTest builds it), built with the real command.
// Its Kazakh pages and a page offering three languages are accessible (axe-core, WCAG 2.1 AA),
// request nothing from elsewhere, fit a 360 px screen, work without JavaScript (but search), and
// the Kazakh search answers from Kazakh's own index.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { browserMissing, launch } from './browser.mjs';
import { startServer } from './site-server.mjs';

const skip = browserMissing() || (process.env.SITE_CLASSPATH ? null
  : 'SITE_CLASSPATH is not set (run through ./mvnw verify): the three-language site is not built');
const AXE = fs.existsSync('node_modules/axe-core/axe.min.js') ? fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8') : '';
const OVERLAY = 'src/test/resources/third-language';

/** The fixture site with the overlay and Kazakh's words, built into a temporary folder. */
function buildThreeLanguageSite() {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'three-languages-'));
  fs.cpSync('src/test/resources/fixture-site/content', path.join(project, 'content'), { recursive: true });
  for (const folder of ['templates', 'assets']) fs.cpSync(folder, path.join(project, folder), { recursive: true });
  fs.cpSync(path.join(OVERLAY, 'content'), path.join(project, 'content'), { recursive: true });
  const english = fs.readFileSync('templates/i18n/en.properties', 'utf8');
  fs.writeFileSync(path.join(project, 'templates/i18n/kk.properties'), english.replace('lang.self=English', 'lang.self=Қазақша')
    + 'case.untranslated.ru=This case is not yet written in Kazakh: its texts are in Russian.\n');
  const out = path.join(project, 'site');
  const build = spawnSync(process.env.JAVA_BIN || 'java', ['-cp', process.env.SITE_CLASSPATH,
    'org.labourrights.site.cli.SiteCommand', 'build', project, out], { encoding: 'utf8' });
  assert.equal(build.status, 0, `the three-language site did not build:\n${build.stderr}`);
  return { project, out };
}

describe('a site in three languages in a real browser', { skip: skip || false }, () => {
  const session = {};
  before(async () => {
    session.built = buildThreeLanguageSite();
    Object.assign(session, await startServer(session.built.out, 'netlify.toml'));
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    session.server?.close();
    if (session.built) fs.rmSync(session.built.project, { recursive: true, force: true });
  });

  const pages = ['/kk/', '/kk/pages/about/', '/kk/cases/', '/kk/cases/erzhan-elshibayev/', '/kk/search/',
    '/en/pages/about/', '/'];
  for (const url of pages) {
    it(`${url}: WCAG 2.1 AA, nothing from elsewhere, no console error`, async () => {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const foreign = [];
      const problems = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(session.origin) && !request.url().startsWith('data:')) foreign.push(request.url());
      });
      page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
      page.on('pageerror', (error) => problems.push(String(error)));
      try {
        const response = await page.goto(session.origin + url, { waitUntil: 'load' });
        assert.equal(response.status(), 200);
        assert.deepEqual(foreign, [], 'requests that left the site');
        assert.deepEqual(problems, [], 'console errors');
        await page.evaluate(AXE);
        const result = await page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }));
        assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help}`), [], 'axe-core violations');
      } finally {
        await context.close();
      }
    });
  }

  for (const url of pages.filter((u) => u !== '/kk/search/')) {
    it(`${url}: fits a 360 px screen and is usable without JavaScript`, async () => {
      const narrow = await session.browser.newContext({ viewport: { width: 360, height: 800 } });
      const plain = await session.browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await narrow.newPage();
        await page.goto(session.origin + url, { waitUntil: 'load' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
        const noScript = await plain.newPage();
        await noScript.goto(session.origin + url, { waitUntil: 'load' });
        assert.ok((await noScript.locator('main').innerText()).trim().length > 40, 'the main content is there');
        assert.equal(await noScript.locator('main [hidden]:not(.copy-button):not(.print-button):not(.case-filter)').count(), 0,
          'nothing in the page waits for a script to be shown');
      } finally {
        await narrow.close();
        await plain.close();
      }
    });
  }

  it('the switcher of a page in three languages leads to each by keyboard', async () => {
    const page = await session.browser.newPage();
    try {
      await page.goto(`${session.origin}/en/pages/about/`);
      const links = await page.$$eval('.switcher a', (as) => as.map((a) => [a.getAttribute('hreflang'), a.textContent]));
      assert.deepEqual(links, [['ru', 'Русский'], ['kk', 'Қазақша']]);
      await page.focus('.switcher a[hreflang=kk]');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${session.origin}/kk/pages/about/`);
      assert.equal(await page.getAttribute('html', 'lang'), 'kk');
    } finally {
      await page.close();
    }
  });

  it('"also search" on the Kazakh page searches each other language, each under its own name', async () => {
    const page = await session.browser.newPage();
    try {
      await page.goto(`${session.origin}/kk/search/?q=${encodeURIComponent('миссия')}&other=1`);
      await page.waitForSelector('#search-results section[lang=en] h2');
      assert.deepEqual(await page.$$eval('#search-results section', (s) => s.map((e) => e.lang)), ['kk', 'ru', 'en']);
      assert.deepEqual(await page.$$eval('#search-results section h2', (h) => h.map((e) => e.textContent)),
        ['Русский', 'English']);
      assert.equal(await page.textContent('label[for=search-other]'), "Also search in the site's other languages");
    } finally {
      await page.close();
    }
  });

  it('the Kazakh search finds the Kazakh page, a word as written, in any letter case', async () => {
    const page = await session.browser.newPage();
    try {
      for (const query of ['бішкекте', 'МИССИЯ']) {
        await page.goto(`${session.origin}/kk/search/?q=${encodeURIComponent(query)}`);
        await page.waitForSelector('#search-results .search-hit a');
        const first = await page.$eval('#search-results .search-hit a', (a) => a.getAttribute('href'));
        assert.equal(first, '/kk/pages/about/', query);
      }
    } finally {
      await page.close();
    }
  });
});
