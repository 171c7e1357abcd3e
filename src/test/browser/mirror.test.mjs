// The mirror copy (the build's <site>-mirror folder) as a reader where the site is blocked gets it:
// served below a deep path of another host, and opened from disk. Every page is crawled: each link
// and asset must resolve, no request may leave the mirror, the language switch and the search work.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { browserMissing, launch } from './browser.mjs';
import { startServer } from './site-server.mjs';

const skip = browserMissing();
const SITE = process.env.SITE_DIR || 'target/site';
const MIRROR = process.env.MIRROR_DIR || `${SITE}-mirror`;
const DEEP = '/some/deep/path/';
const QUERIES = { en: 'union', ru: 'профсоюз' };

/** Visits every page reachable from `start` inside `base`; returns the figures and what was broken. */
async function crawl(browser, base, start, exists) {
  const page = await browser.newPage();
  const outside = [];
  const failed = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:')) outside.push(request.url());
  });
  // The next page's navigation aborts what the last one still loaded (its icon): not a failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`); });
  // Served with the main site's headers, a Content-Security-Policy refusal shows as a console error.
  page.on('console', (message) => { if (message.type() === 'error') failed.push(message.text()); });
  page.on('pageerror', (error) => failed.push(String(error)));
  const seen = new Set([start]);
  const queue = [start];
  const broken = [];
  let links = 0;
  while (queue.length) {
    const url = queue.shift();
    await page.goto(url);
    const targets = await page.evaluate(() => [...document.querySelectorAll('[href],[src]')]
      .filter((e) => !(e.tagName === 'LINK' && /canonical|alternate/.test(e.rel)) && !(e.tagName === 'A' && /^https?:|^mailto:/.test(e.getAttribute('href'))))
      .map((e) => new URL(e.getAttribute('href') ?? e.getAttribute('src'), document.baseURI).href));
    for (const target of targets) {
      const clean = target.split('#')[0].split('?')[0];
      if (!clean.startsWith(base)) {
        broken.push(`${url} links outside the mirror: ${target}`);
        continue;
      }
      links++;
      if (!(await exists(clean))) broken.push(`${url} → ${target}`);
      else if (clean.endsWith('.html') && !seen.has(clean)) {
        seen.add(clean);
        queue.push(clean);
      }
    }
  }
  await page.close();
  return { pages: seen.size, links, broken, outside, failed };
}

async function topResult(browser, searchPage, lang, base) {
  const page = await browser.newPage();
  await page.goto(`${searchPage}?q=${encodeURIComponent(QUERIES[lang])}`);
  await page.waitForSelector('#search-results .search-hit a');
  const href = await page.$eval('#search-results .search-hit a', (a) => a.href);
  await page.close();
  return href.slice(base.length).replace(/index\.html$/, '');
}

describe('the mirror copy', { skip: skip || (!fs.existsSync(MIRROR) && `no mirror copy at ${MIRROR}`) || false }, () => {
  let browser;
  let main;
  let mirror;
  before(async () => {
    browser = await launch();
    main = await startServer(SITE, 'netlify.toml');
    mirror = await startServer(MIRROR, 'netlify.toml', DEEP);
  });
  after(async () => {
    await browser?.close();
    main?.server.close();
    mirror?.server.close();
  });

  const fromDisk = () => pathToFileURL(path.resolve(MIRROR)).href + '/';
  const ways = {
    [`served below ${DEEP}`]: () => ({
      base: mirror.origin + DEEP,
      exists: async (url) => (await fetch(url)).ok,
    }),
    'opened from disk': () => ({
      base: fromDisk(),
      exists: async (url) => fs.existsSync(fileURLToPath(url)) && fs.statSync(fileURLToPath(url)).isFile(),
    }),
  };

  for (const [way, open] of Object.entries(ways)) {
    it(`${way}: every page's links and assets resolve, and nothing leaves the mirror`, async () => {
      const { base, exists } = open();
      const figures = await crawl(browser, base, `${base}index.html`, exists);
      console.log(`mirror ${way}: ${figures.pages} pages, ${figures.links} links and assets checked, `
        + `${figures.broken.length} broken, ${figures.outside.length} requests outside`);
      assert.ok(figures.pages > 10, `${figures.pages} pages`);
      assert.deepEqual(figures.broken, []);
      assert.deepEqual(figures.outside, []);
      assert.deepEqual(figures.failed, []);
    });

    it(`${way}: the language switch leads to the other language's page`, async () => {
      const { base } = open();
      const page = await browser.newPage();
      await page.goto(`${base}en/index.html`);
      await page.click('a[hreflang="ru"]');
      assert.equal(page.url(), `${base}ru/index.html`);
      assert.equal(await page.getAttribute('html', 'lang'), 'ru');
      await page.close();
    });

    for (const lang of ['ru', 'en']) {
      it(`${way}: a query in ${lang} finds the main site's top result`, async () => {
        const { base } = open();
        const expected = await topResult(browser, `${main.origin}/${lang}/search/`, lang, `${main.origin}/`);
        const found = await topResult(browser, `${base}${lang}/search/index.html`, lang, base);
        assert.equal(found, expected);
      });
    }
  }
});
