// Debian's Chromium, driven by playwright-core. Where it is missing, browser tests are skipped
// with a message, except in CI (CI=true), where a missing browser is a failure: .ci/run installs it.
import fs from 'node:fs';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './site-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function browserMissing() {
  if (fs.existsSync(CHROMIUM)) return null;
  const message = `no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) to run the browser tests`;
  if (process.env.CI === 'true') throw new Error(message);
  return message;
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * For a describe block: the built site served as Netlify would, and one browser, both started
 * before its tests and stopped after them. Read them through the returned object.
 */
export function siteInBrowser(siteDir = process.env.SITE_DIR || 'target/site') {
  const session = {};
  before(async () => {
    Object.assign(session, await startServer(siteDir, 'netlify.toml'));
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    session.server?.close();
  });
  return session;
}
