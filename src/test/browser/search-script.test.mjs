// The search script as visitors get it: one file joined from assets/js/search/ by the asset
// pipeline, fetched in one request, leaving no global behind, answering a query in the address.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserMissing, siteInBrowser } from './browser.mjs';

const skip = browserMissing();

describe('the joined search script', { skip: skip || false }, () => {
  const session = siteInBrowser();

  for (const lang of ['en', 'ru']) {
    it(`/${lang}/search/ fetches one search script, which answers and leaks no global`, async () => {
      const page = await session.browser.newPage();
      const scripts = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.addInitScript(() => { window.globalsBefore = Object.getOwnPropertyNames(window); });
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${session.origin}/${lang}/search/?q=${lang === 'ru' ? 'профсоюз' : 'union'}`);
      await page.waitForSelector('#search-results .search-hit a');
      const search = scripts.filter((s) => s.includes('search'));
      assert.equal(search.length, 1, scripts.join(' '));
      assert.match(search[0], /^\/assets\/js\/search\.[0-9a-f]{10}\.js$/);
      const added = await page.evaluate(() => Object.getOwnPropertyNames(window)
        .filter((name) => !window.globalsBefore.includes(name) && name !== 'globalsBefore'));
      assert.deepEqual(added, [], 'globals left by the page\'s scripts');
      assert.deepEqual(await page.evaluate(() => [typeof Tokenizer, typeof SearchPage, typeof Searcher, typeof api, typeof f32]),
        ['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
