// Every generated HTML file through the Nu HTML Checker (vnu.jar, the W3C validator's engine):
// no errors allowed. Runs with the same Java that builds the site.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const SITE = process.env.SITE_DIR || 'target/site';
const JAVA = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';

it('the Nu HTML Checker finds no error in any page of the site', () => {
  const run = spawnSync(JAVA, ['-Xss4m', '-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only',
    '--format', 'json', '--skip-non-html', SITE], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.error, undefined, String(run.error));
  const report = JSON.parse(run.stderr || '{"messages":[]}');
  const errors = report.messages.filter((m) => m.type === 'error')
    .map((m) => `${m.url.replace(/^file:.*?target\/site/, '')}:${m.lastLine}: ${m.message}`);
  console.log(`Nu HTML Checker: ${errors.length} errors`);
  assert.deepEqual(errors.slice(0, 30), [], `${errors.length} errors`);
});
