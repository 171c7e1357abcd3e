// Keyboard only: the language switcher, search and the campaign's actions are reached with Tab and
// used with Enter, Space and arrow keys, as someone who cannot use a mouse would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserMissing, siteInBrowser } from './browser.mjs';

const skip = browserMissing();

describe('keyboard only', { skip: skip || false }, () => {
  const session = siteInBrowser();

  /** Presses Tab until the focused element matches, as a person would; fails after 60 presses. */
  async function tabTo(page, selector) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    }
    assert.fail(`Tab never reached ${selector}`);
  }

  it('the first Tab shows the skip link, and it moves focus to the content', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/en/resolutions/9th-coordination-meeting-2025/`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    assert.ok(await page.locator('.skip-link').isVisible());
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    await page.close();
  });

  it('the language switcher leads to the same document in the other language', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/ru/statements/6th-conference-2022-kazakhstan/`);
    await tabTo(page, '.switcher a');
    await Promise.all([page.waitForURL('**/en/statements/6th-conference-2022-kazakhstan/'), page.keyboard.press('Enter')]);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.close();
  });

  it('the campaign: the e-mail letter, the printable letter and the support form', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/en/campaigns/free-erzhan-elshibayev/`);
    await tabTo(page, 'a.button[href^="mailto:"]');
    await tabTo(page, 'a[href$="/letter/"]');
    await tabTo(page, '#support-country');
    await page.keyboard.press('ArrowDown');
    assert.notEqual(await page.inputValue('#support-country'), '', 'a country can be chosen with the arrow keys');
    await tabTo(page, '#support-organisation');
    await page.keyboard.type('Trade union');
    await tabTo(page, '.support-form button[type=submit]');
    await tabTo(page, '.share-links a');
    await page.goto(`${session.origin}/en/campaigns/free-erzhan-elshibayev/`);
    await tabTo(page, 'a[href$="/letter/"]');
    await Promise.all([page.waitForURL('**/letter/'), page.keyboard.press('Enter')]);
    assert.ok((await page.locator('.printable-letter .letter').innerText()).includes('Erzhan Elshibayev'));
    await page.close();
  });

  it('search: a Russian query finds the right document first', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/ru/search/`);
    await tabTo(page, 'input[name=q]');
    await page.keyboard.type('алматинской декларации');
    await page.waitForSelector('#search-results a');
    assert.equal(await page.locator('#search-results a').first().getAttribute('href'), '/ru/declarations/almaty-declaration/');
    await page.close();
  });

  it('search: type a Russian word and reach the first result', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/ru/search/`);
    await tabTo(page, 'input[name=q]');
    await page.keyboard.type('профсоюзов');
    await page.waitForSelector('#search-results a');
    await tabTo(page, '#search-results a');
    const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    await page.close();
  });
});
