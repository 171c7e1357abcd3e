// Netlify's build command (.ci/netlify-build) on a host without Java 17: it must find a JDK 17 or
// newer where there is one, download and check the pinned one where there is none, say which it
// took and why, and leave nothing behind when a download is refused. Run on copies of the script
// with a fake Maven wrapper (which prints what it was given) and fake JDKs (scripts that print a
// version as java does); the download comes from a local server through JDK_MIRROR_URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'netlify-build-'));
const project = join(work, 'project');
let server;
let requests = 0;
let mirror;
let sha256;

/** A folder that looks like a JDK to `java -version`: bin/java prints {@code version}. */
function fakeJdk(home, version, { javac = true } = {}) {
    mkdirSync(join(home, 'bin'), { recursive: true });
    const java = join(home, 'bin', 'java');
    writeFileSync(java, `#!/bin/sh\necho 'openjdk version "${version}" 2024-10-15' >&2\n`);
    chmodSync(java, 0o755);
    if (javac) {
        writeFileSync(join(home, 'bin', 'javac'), '#!/bin/sh\n');
        chmodSync(join(home, 'bin', 'javac'), 0o755);
    }
    return home;
}

before(async () => {
    mkdirSync(join(project, '.ci'), { recursive: true });
    copyFileSync('.ci/netlify-build', join(project, '.ci', 'netlify-build'));
    chmodSync(join(project, '.ci', 'netlify-build'), 0o755);
    // A fake Maven wrapper: says what it was given and whether the previous build's card is there, then "builds" one.
    writeFileSync(join(project, 'mvnw'), '#!/bin/sh\necho "mvnw $* with JAVA_HOME=$JAVA_HOME"\n'
        + '[ -f target/site/cards/old.png ] && echo "old card present"\n'
        + 'rm -rf target/site && mkdir -p target/site/cards && echo png > target/site/cards/new.png\n'
        + '[ -f target/.site.records ] && echo "records present: $(cat target/.site.records)"\n'
        + 'echo "records of ${RECORDS:-a build}" > target/.site.records\n'
        + '[ -z "$FAIL_BUILD" ] || exit 1\n');
    chmodSync(join(project, 'mvnw'), 0o755);

    fakeJdk(join(work, 'staging', 'jdk-17.0.13+11'), '17.0.13');
    execFileSync('tar', ['-czf', join(work, 'jdk.tar.gz'), '-C', join(work, 'staging'), 'jdk-17.0.13+11']);
    const tarball = readFileSync(join(work, 'jdk.tar.gz'));
    sha256 = createHash('sha256').update(tarball).digest('hex');
    server = createServer((request, response) => {
        requests++;
        response.end(tarball);
    });
    await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
    mirror = `http://127.0.0.1:${server.address().port}/jdk.tar.gz`;
});

after(() => {
    server.close();
    rmSync(work, { recursive: true, force: true });
});

/**
 * Runs the script with only {@code env} and the system's tools (bash, curl, tar) on PATH. Not
 * spawnSync: the download server runs in this process and must answer while the script waits.
 */
function run(env, pathFirst = []) {
    return new Promise(resolve => {
        const child = spawn('bash', [join(project, '.ci', 'netlify-build')], {
            env: { PATH: [...pathFirst, '/usr/local/bin', '/usr/bin', '/bin'].join(':'), HOME: work, ...env },
        });
        let out = '';
        let err = '';
        child.stdout.on('data', chunk => { out += chunk; });
        child.stderr.on('data', chunk => { err += chunk; });
        child.on('close', code => resolve({ code, out, err }));
    });
}

test("the last good build's kept records come back from the cache, and a failed build keeps them", async () => {
    const cache = join(work, 'cache-records');
    const kept = join(cache, 'mission-site', 'site.records');
    rmSync(join(project, 'target'), { recursive: true, force: true });
    const first = await run({ XDG_CACHE_HOME: cache, RECORDS: 'the first build' });
    assert.equal(first.code, 0, first.err);
    assert.equal(readFileSync(kept, 'utf8'), 'records of the first build\n');

    // As on Netlify: the next build starts from a fresh clone, with no target/.
    rmSync(join(project, 'target'), { recursive: true, force: true });
    const second = await run({ XDG_CACHE_HOME: cache, RECORDS: 'the second build' });
    assert.equal(second.code, 0, second.err);
    assert.match(second.out, /Records of the last build's content files restored from .*site\.records\./);
    assert.match(second.out, /records present: records of the first build/);
    assert.equal(readFileSync(kept, 'utf8'), 'records of the second build\n');

    rmSync(join(project, 'target'), { recursive: true, force: true });
    const failed = await run({ XDG_CACHE_HOME: cache, RECORDS: 'a failed build', FAIL_BUILD: '1' });
    assert.notEqual(failed.code, 0);
    assert.equal(readFileSync(kept, 'utf8'), 'records of the second build\n', 'a failed build saves nothing');
    rmSync(join(project, 'target'), { recursive: true, force: true });
});

const oldJava = fakeJdk(join(work, 'old-java'), '1.8.0_292');

test('with Java 8 first on PATH it downloads the pinned JDK once, checks it, and builds with it', async () => {
    const cache = join(work, 'cache-old');
    const before = requests;
    const first = await run({ XDG_CACHE_HOME: cache, JDK_MIRROR_URL: mirror, JDK_MIRROR_SHA256: sha256 }, [join(oldJava, 'bin')]);

    assert.equal(first.code, 0, first.err);
    const pinned = join(cache, 'mission-site', 'temurin', 'jdk-17.0.13+11');
    assert.match(first.out, /JAVA_HOME is unset; java on PATH \(.*old-java\/bin\/java\) is 1\.8\.0_292; downloaded Temurin 17\.0\.13\+11 \(SHA-256 verified\)/);
    assert.match(first.out, new RegExp(`mvnw -B -Dmaven\\.repo\\.local=.*/maven/repository package with JAVA_HOME=${pinned.replace(/[+.]/g, '\\$&')}\\n`));
    assert.equal(requests - before, 1);

    const second = await run({ XDG_CACHE_HOME: cache, JDK_MIRROR_URL: mirror, JDK_MIRROR_SHA256: sha256 }, [join(oldJava, 'bin')]);
    assert.equal(second.code, 0, second.err);
    assert.match(second.out, /using the cached Temurin 17\.0\.13 in /);
    assert.equal(requests - before, 1, 'the second build downloads nothing');
});

test('a download whose checksum is not the pinned one is refused and leaves nothing in the cache', async () => {
    const cache = join(work, 'cache-refused');
    const wrong = '0'.repeat(64);
    const result = await run({ XDG_CACHE_HOME: cache, JDK_MIRROR_URL: mirror, JDK_MIRROR_SHA256: wrong }, [join(oldJava, 'bin')]);

    assert.notEqual(result.code, 0);
    assert.match(result.err, new RegExp(`refusing the JDK downloaded from .*: its SHA-256 is ${sha256}, but the pinned one is ${wrong}`));
    assert.doesNotMatch(result.out, /mvnw /, 'Maven never ran');
    assert.deepEqual(readdirSync(join(cache, 'mission-site', 'temurin')), [], 'no JDK and no half-written folder');
});

test('a JDK 17 in JAVA_HOME is used and nothing is downloaded', async () => {
    const jdk = fakeJdk(join(work, 'jdk17'), '17.0.9');
    const before = requests;
    const result = await run({ JAVA_HOME: jdk, XDG_CACHE_HOME: join(work, 'cache-17'), JDK_MIRROR_URL: mirror, JDK_MIRROR_SHA256: sha256 },
        [join(oldJava, 'bin')]);

    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /JAVA_HOME \(.*jdk17\) is 17\.0\.9; using it\./);
    assert.match(result.out, new RegExp(`with JAVA_HOME=${jdk}\\n`));
    assert.equal(requests, before);
});

test("this machine's own Java 17 on PATH is used and nothing is downloaded", async () => {
    const before = requests;
    const result = await run({ XDG_CACHE_HOME: join(work, 'cache-path') });

    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /java on PATH \(\/usr\/(local\/)?bin\/java\) is (1[7-9]|[2-9][0-9])\.[^;]*; using its JDK in /);
    assert.equal(requests, before);
    assert.equal(existsSync(join(work, 'cache-path', 'mission-site', 'temurin')), false);
});

test('a JRE without javac, or a Java 8 in JAVA_HOME, is named and passed over', async () => {
    const jre = fakeJdk(join(work, 'jre17'), '17.0.9', { javac: false });
    const result = await run({ JAVA_HOME: jre, XDG_CACHE_HOME: join(work, 'cache-jre'), JDK_MIRROR_URL: mirror, JDK_MIRROR_SHA256: sha256 },
        [join(oldJava, 'bin')]);

    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /JAVA_HOME \(.*jre17\) is 17\.0\.9 without javac; java on PATH .* is 1\.8\.0_292; downloaded Temurin/);
});

test('a mirror address without its checksum is refused before anything is downloaded', async () => {
    const before = requests;
    const result = await run({ XDG_CACHE_HOME: join(work, 'cache-half'), JDK_MIRROR_URL: mirror }, [join(oldJava, 'bin')]);

    assert.notEqual(result.code, 0);
    assert.match(result.err, /set JDK_MIRROR_URL and JDK_MIRROR_SHA256 together, or neither/);
    assert.equal(requests, before);
});

test("the last good build's share cards come back from the cache, and a failed build keeps them", async () => {
    const cache = join(work, 'cache-cards');
    const first = await run({ XDG_CACHE_HOME: cache });
    assert.equal(first.code, 0, first.err);
    const kept = join(cache, 'mission-site', 'share-cards');
    assert.deepEqual(readdirSync(kept), ['new.png']);

    // As on Netlify: the next build starts from a fresh clone, with no target/.
    rmSync(join(project, 'target'), { recursive: true, force: true });
    writeFileSync(join(kept, 'old.png'), 'png');
    const second = await run({ XDG_CACHE_HOME: cache });
    assert.equal(second.code, 0, second.err);
    assert.match(second.out, /Share cards of the last build restored from .*share-cards \(2 files\)/);
    assert.match(second.out, /old card present/);

    rmSync(join(project, 'target'), { recursive: true, force: true });
    writeFileSync(join(kept, 'old.png'), 'png');
    const failed = await run({ XDG_CACHE_HOME: cache, FAIL_BUILD: '1' });
    assert.notEqual(failed.code, 0);
    assert.deepEqual(readdirSync(kept).sort(), ['new.png', 'old.png'], 'a failed build saves nothing');
    rmSync(join(project, 'target'), { recursive: true, force: true });
});
