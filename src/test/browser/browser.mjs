// Debian's Chromium, driven by playwright-core. Where it is missing, browser tests are skipped
// with a message, except in CI (CI=true), where a missing browser is a failure: .ci/run installs it.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

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
