// The web editor under /admin/ in a real browser: Decap CMS from the site itself under the policy
// netlify.toml sends for /admin/, with the build's own config.yml. Only its backend is swapped for
// Decap's in-memory `test-repo`, filled with this repository's real content/, so that nothing
// reaches GitHub. What the editor saves is then built with the real site command: what an editor
// can write, the build accepts. Screenshots for the README's editor's guide are taken on the way
// (into target/screenshots/admin; with UPDATE_DOCS_SCREENSHOTS=1 also into src/docs/admin).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { browserMissing, siteInBrowser } from './browser.mjs';
import { netlifyHeaders } from './site-server.mjs';

const SITE = process.env.SITE_DIR || 'target/site';
const SHOTS = ['target/screenshots/admin', ...(process.env.UPDATE_DOCS_SCREENSHOTS ? ['src/docs/admin'] : [])];
const AXE = fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const skip = browserMissing();

/** content/ as the test backend holds a repository: by folder path, and as nested folders. */
function repoFiles(change = {}) {
  const tree = { content: {} };
  for (const folder of fs.readdirSync('content')) {
    const files = {};
    for (const name of fs.readdirSync(path.join('content', folder))) {
      const file = `content/${folder}/${name}`;
      files[name] = { path: file, content: change[file] ?? fs.readFileSync(file, 'utf8') };
    }
    // The test backend lists a collection by its whole folder name and opens a file by its path.
    tree[`content/${folder}`] = files;
    tree.content[folder] = files;
  }
  return tree;
}

/** The build's config.yml with one change: the in-memory test backend instead of GitHub. */
function testConfig() {
  const config = fs.readFileSync(path.join(SITE, 'admin/config.yml'), 'utf8');
  const swapped = config.replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
  assert.notEqual(swapped, config, 'config.yml starts with a backend block');
  return swapped;
}

async function screenshot(page, name) {
  // Decap's "Entry saved" notices would cover the toolbar in the README's pictures.
  await page.locator('.Toastify__toast').first().waitFor({ state: 'detached', timeout: 15000 }).catch(() => {});
  for (const dir of SHOTS) {
    fs.mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, name) });
  }
}

describe('the web editor (Decap CMS) under /admin/', { skip: skip || false }, () => {
  const session = siteInBrowser();

  /** Opens the editor logged in to the test backend, recording what a person would not see. */
  async function openEditor(change = {}) {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = { foreign: [], errors: [] };
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(session.origin) && !/^(data|blob):/.test(url)) seen.foreign.push(url);
    });
    page.on('console', (message) => { if (message.type() === 'error') seen.errors.push(message.text()); });
    page.on('pageerror', (error) => seen.errors.push(String(error)));
    page.on('response', (response) => { if (response.status() >= 400) seen.errors.push(`${response.status()} ${response.url()}`); });
    await page.addInitScript((files) => { window.repoFiles = files; }, repoFiles(change));
    const config = testConfig();
    await page.route('**/admin/config.yml', (route) => route.fulfill({ body: config, contentType: 'text/yaml' }));
    await page.goto(`${session.origin}/admin/`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByText('Collections', { exact: true }).waitFor();
    return { context, page, seen };
  }

  /** Chooses an option of one of Decap's selects, by typing as a person would. */
  async function choose(page, label, pane, text) {
    const input = page.getByLabel(label, { exact: true }).nth(pane);
    await input.click();
    await input.pressSequentially(text);
    await page.keyboard.press('Enter');
  }

  /** Waits until an entry has loaded into the form: the field shows the file's value. */
  async function waitForValue(input, value) {
    for (let i = 0; i < 100 && (await input.inputValue().catch(() => '')) !== value; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(await input.inputValue(), value);
  }

  /** What the editor saved under the editorial workflow (a pull request on GitHub), by file. */
  async function savedFiles(page) {
    const entries = await page.evaluate(() => Object.values(window.repoFilesUnpublished)
      .flatMap((entry) => entry.diffs.map((diff) => [diff.path, diff.content])));
    return Object.fromEntries(entries);
  }

  it('is the site\'s own copy of Decap, loads under the /admin/ policy and asks nothing of another host', async () => {
    const headers = netlifyHeaders('netlify.toml', '/admin/');
    assert.match(headers['X-Robots-Tag'], /noindex/);
    const html = fs.readFileSync(path.join(SITE, 'admin/index.html'), 'utf8');
    assert.match(html, /<script src="decap\/decap-cms\.js"><\/script>/);
    assert.match(html, /<meta name="robots" content="noindex, nofollow">/);
    const { context, page, seen } = await openEditor();
    try {
      const collections = await page.locator('nav a, aside a').allInnerTexts();
      for (const name of ['Resolutions', 'Statements', 'Declarations', 'Reports', 'News', 'Campaigns', 'Pages', 'Cases']) {
        assert.ok(collections.some((text) => text.trim() === name), `the collection ${name} is listed: ${collections}`);
      }
      await page.getByText('Резолюция девятой координационной встречи', { exact: false }).first().waitFor();
      await screenshot(page, 'collections.png');
      assert.deepEqual(seen.foreign, [], 'requests that left the site');
      assert.deepEqual(seen.errors, [], 'console errors, CSP violations or failed requests');
      const bundleBytes = fs.readdirSync(path.join(SITE, 'admin/decap'))
        .reduce((sum, f) => sum + fs.statSync(path.join(SITE, 'admin/decap', f)).size, 0);
      console.log(`Decap CMS bundle: ${fs.readdirSync(path.join(SITE, 'admin/decap')).length} files, ${(bundleBytes / 1e6).toFixed(1)} MB`);
    } finally {
      await context.close();
    }
  });

  it('opens a real document with its Russian and English files side by side', async () => {
    const { context, page, seen } = await openEditor();
    try {
      await page.goto(`${session.origin}/admin/#/collections/statements/entries/6th-conference-2022-kazakhstan`);
      const titles = page.getByLabel('Title', { exact: true });
      await titles.nth(1).waitFor();
      assert.match(await titles.nth(0).inputValue(), /^Заявление по Казахстану/);
      assert.match(await titles.nth(1).inputValue(), /^Statement on Kazakhstan/);
      // A fact shared by both files is entered once: the English side shows it, greyed.
      assert.equal(await page.getByLabel('Date', { exact: true }).nth(1).inputValue(), '2022-11');
      await screenshot(page, 'document.png');
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }
  });

  it('saves a new statement in both languages, and a case, as files the real build accepts', async () => {
    const caseFile = 'content/cases/erzhan-elshibayev.yaml';
    const withPrivateNotes = `${fs.readFileSync(caseFile, 'utf8')}private:\n  note: PRIVATE-NOTE-KEPT\n`;
    const { context, page, seen } = await openEditor({ [caseFile]: withPrivateNotes });
    let saved;
    try {
      await page.goto(`${session.origin}/admin/#/collections/statements/new`);
      const titles = page.getByLabel('Title', { exact: true });
      await titles.nth(1).waitFor();
      await titles.nth(0).fill('Заявление, сохранённое редактором');
      await page.getByLabel('Web address', { exact: true }).nth(0).fill('saved-by-the-editor');
      await page.getByLabel('Date', { exact: true }).nth(0).fill('2026-01-15');
      await choose(page, 'Status', 0, 'published');
      await choose(page, 'Original language', 0, 'Russian');
      await titles.nth(1).fill('A statement saved by the editor');
      await choose(page, 'Status', 1, 'published');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Changes saved', { exact: false }).waitFor();
      await screenshot(page, 'new-statement.png');

      // Through the list, as a person would: Decap does not reload an open editor when only the address changes.
      await page.goto(`${session.origin}/admin/#/collections/cases`);
      await page.getByText('Erzhan Elshibayev', { exact: false }).first().click();
      await waitForValue(page.getByLabel('Id', { exact: true }), 'erzhan-elshibayev');
      await page.getByLabel('Status since (optional)', { exact: true }).fill('2022-11');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Changes saved', { exact: false }).waitFor();

      await page.goto(`${session.origin}/admin/#/workflow`);
      await page.getByText('A statement saved by the editor', { exact: false }).or(page.getByText('Заявление, сохранённое редактором')).first().waitFor();
      await screenshot(page, 'workflow.png');
      saved = await savedFiles(page);
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }

    assert.deepEqual(Object.keys(saved).sort(), [caseFile, 'content/statements/saved-by-the-editor.en.md',
      'content/statements/saved-by-the-editor.ru.md']);
    assert.match(saved['content/statements/saved-by-the-editor.en.md'], /^---\ntitle: A statement saved by the editor\n/);
    assert.match(saved[caseFile], /status_since: 2022-11/);
    assert.match(saved[caseFile], /PRIVATE-NOTE-KEPT/, 'the private notes the form does not show are kept');

    if (!process.env.SITE_CLASSPATH) {
      console.log('SITE_CLASSPATH is not set (run through ./mvnw verify): the saved files were not built');
      return;
    }
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-saved-'));
    try {
      for (const folder of ['content', 'templates', 'assets']) fs.cpSync(folder, path.join(project, folder), { recursive: true });
      for (const [file, text] of Object.entries(saved)) fs.writeFileSync(path.join(project, file), text);
      const out = path.join(project, 'site');
      const build = spawnSync(process.env.JAVA_BIN || 'java', ['-cp', process.env.SITE_CLASSPATH,
        'org.labourrights.site.cli.SiteCommand', 'build', project, out], { encoding: 'utf8' });
      assert.equal(build.status, 0, `the build refused what the editor saved:\n${build.stderr}`);
      const page = fs.readFileSync(path.join(out, 'en/statements/saved-by-the-editor/index.html'), 'utf8');
      assert.match(page, /A statement saved by the editor/);
      assert.ok(!fs.readFileSync(path.join(out, 'data/cases.json'), 'utf8').includes('PRIVATE-NOTE-KEPT'));
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });

  it('the translation status page: accessible, nothing from elsewhere, only what is public', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const foreign = [];
    const errors = [];
    page.on('request', (request) => { if (!request.url().startsWith(session.origin)) foreign.push(request.url()); });
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    try {
      await page.goto(`${session.origin}/admin/translations/`);
      assert.equal(await page.locator('h1').innerText(), 'What to translate next');
      assert.equal(await page.locator('h2').count(), 3);
      await page.evaluate(AXE);
      const result = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }));
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help}`), []);
      assert.deepEqual(foreign, []);
      assert.deepEqual(errors, []);
      await screenshot(page, 'translations.png');
    } finally {
      await context.close();
    }
  });
});
