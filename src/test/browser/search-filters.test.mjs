// The search page's filters and sub-results on the built site, used with the keyboard: a query
// typed, a country ticked with Space, the counts, results, address and live region following; a
// reload giving the same search back; what a filter leaves agreeing with the site's static list of
// that value; a sub-result's #anchor being a heading of its page; and, without JavaScript, links
// to those static lists instead.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserMissing, siteInBrowser } from './browser.mjs';

const skip = browserMissing();

describe('search filters and sub-results', { skip: skip || false }, () => {
  const session = siteInBrowser();

  async function tabTo(page, selector) {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    }
    assert.fail(`Tab never reached ${selector}`);
  }

  /** Each shown value of a filter with its count: {value: count}. */
  function counts(page, filter) {
    return page.evaluate((name) => Object.fromEntries([...document.querySelectorAll(`#search-filters input[name="${name}"]`)]
      .filter((input) => !input.closest('li').hidden)
      .map((input) => [input.value, Number(/\((\d+)\)/.exec(input.closest('label').textContent)[1])])), filter);
  }

  const live = (page) => page.evaluate(() => document.getElementById('search-status').textContent);
  const hits = (page) => page.evaluate(() => [...document.querySelectorAll('#search-results .search-hit-title a')]
    .map((a) => a.getAttribute('href')));
  const shownCount = (page) => page.evaluate(() => Number(/\d+/.exec(document.querySelector('.search-section .search-status').textContent)?.[0] || 0));

  /** Every result, with "show more" pressed until there is no more. */
  async function allHits(page) {
    while (await page.locator('.search-more').count() > 0) await page.locator('.search-more').first().click();
    return hits(page);
  }

  /** The links of a static list page, all its pages followed. */
  async function listed(path) {
    const links = new Set();
    for (let url = session.origin + path; url;) {
      const response = await fetch(url);
      assert.equal(response.status, 200, url);
      const html = await response.text();
      for (const [, href] of html.matchAll(/href="(\/[^"#]*)"/g)) links.add(href);
      const next = /<a[^>]+rel="next"[^>]+href="([^"]+)"/.exec(html) || /<a[^>]+href="([^"]+)"[^>]+rel="next"/.exec(html);
      url = next ? session.origin + next[1] : null;
    }
    return links;
  }

  it('a country ticked with the keyboard narrows the results, updates counts, address and live region; reload restores', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/ru/search/`);
    await tabTo(page, 'input[name=q]');
    await page.keyboard.type('миссия');
    await page.waitForSelector('#search-results .search-hit');
    await page.waitForFunction(() => /\d/.test(document.getElementById('search-status').textContent));
    const all = await shownCount(page);
    assert.ok((await live(page)).includes(String(all)), await live(page));
    const countries = await counts(page, 'country');
    assert.ok(countries.KZ > 0 && countries.KZ < all, JSON.stringify(countries) + ' of ' + all);
    const yearsBefore = await counts(page, 'year');

    await tabTo(page, '#search-filters input[name=country][value=KZ]');
    await page.keyboard.press('Space');
    await page.waitForFunction((n) => document.querySelector('.search-section .search-status').textContent.includes(String(n))
      && document.getElementById('search-status').textContent.includes(String(n)), countries.KZ);
    assert.equal(await shownCount(page), countries.KZ, 'as many results as the box said');
    assert.equal(new URL(page.url()).search, '?q=' + encodeURIComponent('миссия') + '&country=KZ');
    assert.deepEqual(await counts(page, 'country'), countries, 'a value\'s count ignores its own filter');
    const years = await counts(page, 'year');
    assert.notDeepEqual(years, yearsBefore, 'the other filters count within Kazakhstan');
    const kazakhstan = await listed('/ru/countries/kz/');
    for (const href of await allHits(page)) assert.ok(kazakhstan.has(href), `${href} is on the list of Kazakhstan`);

    const year = Object.keys(years).find((y) => years[y] > 0 && years[y] < countries.KZ) || Object.keys(years)[0];
    await page.locator(`#search-filters input[name=year][value="${year}"]`).check();
    await page.waitForFunction((n) => document.getElementById('search-status').textContent.includes(String(n)), years[year]);
    assert.equal(await shownCount(page), years[year]);
    const address = '?q=' + encodeURIComponent('миссия') + '&country=KZ&year=' + year;
    assert.equal(new URL(page.url()).search, address, 'filters by name, after the query');

    await page.reload();
    await page.waitForSelector('#search-results .search-hit');
    assert.equal(await page.inputValue('#search-q'), 'миссия');
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('#search-filters input:checked')].map((i) => i.name + '=' + i.value)),
      ['country=KZ', 'year=' + year]);
    assert.equal(await shownCount(page), years[year]);
    await page.waitForFunction((n) => document.getElementById('search-status').textContent.includes(String(n)), years[year]);
    assert.equal(new URL(page.url()).search, address);

    await tabTo(page, '.search-filters-clear');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.getElementById('search-status').textContent.includes(String(n)), all);
    assert.equal(new URL(page.url()).search, '?q=' + encodeURIComponent('миссия'));
    await page.close();
  });

  it('a case status leaves only cases of the static list of that status', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/en/search/?q=trade`);
    await page.waitForSelector('#search-results .search-hit');
    const statuses = await counts(page, 'status');
    const [status] = Object.keys(statuses);
    assert.ok(status, 'some case matches');
    await page.locator(`#search-filters input[name=status][value="${status}"]`).check();
    await page.waitForFunction((n) => document.getElementById('search-status').textContent.includes(String(n)), statuses[status]);
    const listedCases = await listed(`/en/cases/status/${status}/`);
    const found = await allHits(page);
    assert.equal(found.length, statuses[status]);
    for (const href of found) assert.ok(listedCases.has(href), `${href} is listed as ${status}`);
    await page.close();
  });

  it('a match under a heading links to the heading, which its page has', async () => {
    const page = await session.browser.newPage();
    for (const [lang, query] of [['ru', 'миссия'], ['en', 'mission']]) {
      await page.goto(`${session.origin}/${lang}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('#search-results .search-sub a');
      const subs = await page.evaluate(() => [...document.querySelectorAll('.search-hit')].map((hit) => ({
        page: hit.querySelector('.search-hit-title a').getAttribute('href'),
        subs: [...hit.querySelectorAll('.search-sub a')].map((a) => a.getAttribute('href'))
      })).filter((hit) => hit.subs.length > 0));
      assert.ok(subs.length > 0);
      for (const hit of subs) {
        assert.ok(hit.subs.length <= 3, JSON.stringify(hit));
        for (const href of hit.subs) {
          const [path, anchor] = href.split('#');
          assert.equal(path, hit.page);
          assert.ok(anchor, href);
          const html = await (await fetch(session.origin + path)).text();
          const id = decodeURIComponent(anchor);
          assert.match(html, new RegExp(`<h[1-6][^>]* id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`), `${id} on ${path}`);
        }
      }
      // The link itself goes there.
      const first = subs[0].subs[0];
      await page.goto(session.origin + first);
      const target = await page.evaluate(() => decodeURIComponent(location.hash.slice(1)));
      assert.ok(await page.evaluate((id) => document.getElementById(id)?.tagName.startsWith('H'), target), target);
    }
    await page.close();
  });

  it('without JavaScript the page links to the static lists of each filter\'s values', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.origin}/ru/search/`);
    assert.ok(await page.locator('#search-nojs').isVisible());
    assert.equal(await page.locator('#search-filters').isVisible(), false);
    const links = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#search-nojs [data-filter]')]
      .map((group) => [group.dataset.filter, [...group.querySelectorAll('a[data-value]')].map((a) => a.getAttribute('href'))])));
    assert.deepEqual(Object.keys(links).sort(), ['country', 'section', 'status', 'year']);
    assert.ok(links.country.includes('/ru/countries/kz/'), links.country.join(' '));
    assert.ok(links.section.includes('/ru/statements/') && links.section.includes('/ru/cases/'), links.section.join(' '));
    assert.ok(links.status.every((href) => /^\/ru\/cases\/status\/[a-z_]+\/$/.test(href)) && links.status.length > 0);
    assert.ok(links.year.every((href) => /^\/ru\/cases\/year\/\d{4}\/$/.test(href)) && links.year.length > 0);
    for (const href of Object.values(links).flat()) {
      assert.equal((await fetch(session.origin + href)).status, 200, href);
    }
    await context.close();
  });
});
