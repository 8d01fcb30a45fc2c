/**
 * The built `candor` command as a user runs it (node packages/cli/dist/bin.js): help and version,
 * exit codes, and import -> summarize with real worker threads, whose files must be the bytes the
 * main-thread path writes. Needs `pnpm build` first (npm test does).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { pnpmCommand } from '../support/pnpm-command.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repo, 'packages/cli/dist/bin.js');
const fixtures = join(repo, 'packages/cli/test/fixtures');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('packages/cli/dist is missing: run `pnpm build` first (npm test does).');
});

describe('candor (built)', () => {
  it('--help lists every command, <command> --help its options, --version the package version', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['import', 'summarize', 'index', 'check']) expect(help.stdout).toContain(command);
    expect(run(['import', '--help']).stdout).toContain('--date-order');
    const version = JSON.parse(readFileSync(join(repo, 'packages/cli/package.json'), 'utf8')).version;
    expect(run(['--version']).stdout.trim()).toBe(version);
  });

  it('a usage mistake says what to do next and exits non-zero', () => {
    const missing = run(['import', join(fixtures, 'nope.csv'), '--from', 'judgeme', '--out', mkdtempSync(join(tmpdir(), 'candor-'))]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv: no such file or folder/);
    const wrong = run(['import', join(fixtures, 'judgeme-export.csv'), '--from', 'judge.me', '--out', 'x']);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/Allowed choices are google-feed/);
    const check = run(['check', join(fixtures, 'orders.csv'), '--json']);
    expect(check.status).toBe(1);
    expect(JSON.parse(check.stdout).issues[0].message).toMatch(/invalid JSON/);
  });

  it('import then summarize with worker threads writes the same bytes as the main thread', () => {
    const work = mkdtempSync(join(tmpdir(), 'candor-cli-e2e-'));
    const imported = run(['import', join(fixtures, 'judgeme-export.csv'), '--from', 'judgeme', '--out', work, '--quiet']);
    expect(imported.status).toBe(0);
    expect(imported.stderr).toMatch(/imported 4 reviews of 2 products from 9 records \(judgeme\)/);
    expect(imported.stderr).toMatch(/judgeme-export\.csv:line 8: no such day/);
    const threads = run(['summarize', join(work, 'reviews.ndjson'), '--out', join(work, 'threads'), '--workers', '2', '--quiet']);
    expect(threads.status, threads.stderr).toBe(0);
    const main = run(['summarize', join(work, 'reviews.ndjson'), '--out', join(work, 'main'), '--workers', '0', '--quiet']);
    expect(main.status).toBe(0);
    const files = readdirSync(join(work, 'main')).sort();
    expect(files).toEqual(['.candor-manifest.json', 'merino-beanie.json', 'ratings.json', 'trail-jacket.json']);
    for (const file of files)
      expect(readFileSync(join(work, 'threads', file), 'utf8'), file).toBe(readFileSync(join(work, 'main', file), 'utf8'));
    const again = run(['summarize', join(work, 'reviews.ndjson'), '--out', join(work, 'threads'), '--quiet']);
    expect(again.stderr).toMatch(/summarized 0 products, 2 unchanged/);
  }, 60_000);

  it('Ctrl-C during summarize leaves the previous output exactly as it was', async () => {
    const work = mkdtempSync(join(tmpdir(), 'candor-cli-sigint-'));
    execFileSync(process.execPath, [join(repo, 'packages/cli/bench/generate-catalogue.mjs'), join(work, 'export.csv'), '20000', '300'], {
      stdio: 'pipe',
    });
    expect(run(['import', join(work, 'export.csv'), '--from', 'judgeme', '--out', work, '--quiet']).status).toBe(0);
    const out = join(work, 'out');
    expect(run(['summarize', join(work, 'reviews.ndjson'), '--out', out, '--workers', '1', '--quiet']).status).toBe(0);
    const snapshot = () =>
      Object.fromEntries(
        readdirSync(out)
          .sort()
          .map((file) => [file, readFileSync(join(out, file), 'utf8')]),
      );
    const before = snapshot();
    // New reviews for every product (every 5 becomes a 1); the command is stopped once new summaries are being written.
    writeFileSync(join(work, 'reviews.ndjson'), readFileSync(join(work, 'reviews.ndjson'), 'utf8').replace(/"rating":5/g, '"rating":1'));
    const child = spawn(process.execPath, [bin, 'summarize', join(work, 'reviews.ndjson'), '--out', out, '--workers', '1', '--quiet'], {
      stdio: 'ignore',
    });
    // New work exists once a new summary is anywhere under out: staged, or (if the command wrote in place) replacing an old one.
    const working = () =>
      readdirSync(out).some((f) => f.startsWith('.candor-staging-') && readdirSync(join(out, f)).some((g) => g.endsWith('.json'))) ||
      Object.entries(before).some(([file, text]) => existsSync(join(out, file)) && readFileSync(join(out, file), 'utf8') !== text);
    const started = Date.now();
    while (!working() && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(working(), 'no new summary was written within 60 s').toBe(true);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    expect(code).toBe(130);
    expect(snapshot()).toEqual(before);
  }, 120_000);

  it('import reads standard input with -', () => {
    const work = mkdtempSync(join(tmpdir(), 'candor-cli-stdin-'));
    const piped = spawnSync(process.execPath, [bin, 'import', '-', '--from', 'powerreviews', '--out', work, '--quiet'], {
      input: readFileSync(join(fixtures, 'powerreviews-import.csv')),
      encoding: 'utf8',
    });
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stderr).toMatch(/imported 1 reviews of 1 products from 4 records \(powerreviews\)/);
    expect(piped.stderr).toMatch(/-:line 4: Rating "4\.5" is not a whole number/);
  });

  it('the library entry exports the commands', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import('${join(repo, 'packages/cli/dist/index.js')}').then((m) => console.log(Object.keys(m).sort().join(',')))`,
      ],
      { encoding: 'utf8' },
    );
    expect(out).toContain('runImport');
    expect(out).toContain('runSummarize');
  });
});

describe('a big CSV read in parts by worker threads', () => {
  type Cli = typeof import('../../packages/cli/src/index.js');
  const load = async () => (await import(join(repo, 'packages/cli/dist/index.js'))) as Cli;
  /** The generated Judge.me catalogue, 3,000 rows with quoted bodies spanning lines; `edit` can damage it. */
  const catalogue = (edit: (text: string) => string = (text) => text) => {
    const work = mkdtempSync(join(tmpdir(), 'candor-split-'));
    const file = join(work, 'judgeme.csv');
    execFileSync(process.execPath, [join(repo, 'packages/cli/bench/generate-catalogue.mjs'), file, '3000', '120']);
    const text = readFileSync(file, 'utf8');
    // A record over several lines on every 40th row, so some cut would fall inside a quoted field if quotes were not counted.
    const lines = text.split('\n');
    for (let i = 1; i < lines.length - 1; i += 40)
      lines[i] = lines[i]!.replace(/^([^,]*),([^",]*),/, '$1,"$2\n""second line"", still the body",');
    writeFileSync(file, edit(lines.join('\n')));
    return { work, file };
  };
  /**
   * Imports on the main thread, in two parts, and in two parts whose workers spill to disk many
   * times (a 50 KB memory budget): all must write the same bytes and the same report.
   */
  const both = async (file: string, work: string) => {
    const { runImport } = await load();
    const outputs = [];
    for (const [workers, memoryMb] of [
      [0, undefined],
      [2, undefined],
      [2, 0.05],
    ] as const) {
      const out = join(work, `out-${workers}-${memoryMb ?? 'default'}`);
      const { report } = await runImport({
        input: file,
        from: 'judgeme',
        out,
        workers,
        splitFromBytes: 0,
        ...(memoryMb ? { memoryMb } : {}),
        quiet: true,
        log: () => {},
      });
      outputs.push({ reviews: readFileSync(join(out, 'reviews.ndjson'), 'utf8'), report: { ...report, timings: undefined } });
      // The spill folder, the workers' files in it included, is gone once the import is done.
      expect(readdirSync(out).filter((name) => name.startsWith('.candor-spill'))).toEqual([]);
    }
    return outputs;
  };

  it('the cuts fall on record ends: the parts join into the rows of a whole read', async () => {
    const { work, file } = catalogue();
    const { splitCsv } = (await import(
      join(repo, 'packages/cli/dist/import/split.js')
    )) as typeof import('../../packages/cli/src/import/split.js');
    const ranges = splitCsv(file, 3);
    expect(ranges.length).toBe(3);
    const bytes = readFileSync(file);
    for (const range of ranges.slice(1)) {
      // The line before a cut ends a record: an even number of quotes from the start of the file.
      const before = bytes.subarray(0, range.start).toString('latin1');
      expect(before.endsWith('\n')).toBe(true);
      expect((before.match(/"/g) ?? []).length % 2).toBe(0);
      expect(range.firstLine).toBe((before.match(/\n/g) ?? []).length + 1);
      expect(range.header?.[0]).toBe('title');
    }
    // A quoted body of 300 lines across the middle of a file: the cut goes after its record, not into it.
    const crafted = join(work, 'crafted.csv');
    const row = (body: string) => `T,${body},5,01/02/2024,web,ok,Ann A.,a@example.com,1,p1,,,,,\n`;
    const long = `"${Array.from({ length: 300 }, (_, i) => `line ${i}, with a comma`).join('\n')}"`;
    writeFileSync(crafted, `${readFileSync(file, 'utf8').split('\n')[0]}\n${row('first')}${row(long)}${row('after')}${row('last')}`);
    const cut = splitCsv(crafted, 2);
    expect(cut.length).toBe(2);
    expect(readFileSync(crafted, 'utf8').slice(cut[1]!.start)).toBe(`${row('after')}${row('last')}`);
    expect(cut[1]!.firstLine).toBe(303); // header 1, first 2, the long body 3-302

    const [whole, parts, spilled] = await both(file, work);
    expect(parts!.reviews.split('\n').length).toBeGreaterThan(2900);
    expect(parts!.reviews).toBe(whole!.reviews);
    expect(parts!.report).toEqual(whole!.report);
    expect(spilled!.reviews).toBe(whole!.reviews);
    expect(spilled!.report).toEqual(whole!.report);
  }, 60_000);

  it('a broken quote in the second half is reported exactly as a whole read reports it', async () => {
    const { work, file } = catalogue((text) => {
      const at = text.indexOf('\n', Math.floor(text.length * 0.7)) + 1;
      return `${text.slice(0, at)}Broken,"an open quote, never closed,5,01/02/2024,web,ok,Ann A.,ann@example.com,1,p1,,,,,\n${text.slice(at)}`;
    });
    const [whole, parts, spilled] = await both(file, work);
    expect(whole!.report.bad.total).toBeGreaterThan(0);
    expect(parts!.report).toEqual(whole!.report);
    expect(parts!.reviews).toBe(whole!.reviews);
    expect(spilled!.report).toEqual(whole!.report);
    expect(spilled!.reviews).toBe(whole!.reviews);
  }, 60_000);
});

describe('candor from the packed tarball', () => {
  it('npm i ./candor-cli-*.tgz && npx candor --help works in a clean folder', () => {
    const work = mkdtempSync(join(tmpdir(), 'candor-cli-tarball-'));
    const packs = join(work, 'tarballs');
    const pnpm = (args: string[], cwd: string) => {
      const [command, prefix] = pnpmCommand();
      return execFileSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    };
    // @candor/core and @candor/elements (candor render's widgets) are not on the registry yet: their tarballs are installed beside the CLI's.
    for (const name of ['core', 'elements', 'cli']) pnpm(['pack', '--pack-destination', packs], join(repo, `packages/${name}`));
    const tarballs = readdirSync(packs).filter((file) => file.endsWith('.tgz'));
    expect(tarballs.sort()).toEqual([
      expect.stringMatching(/^candor-cli-.*\.tgz$/),
      expect.stringMatching(/^candor-core-.*\.tgz$/),
      expect.stringMatching(/^candor-elements-.*\.tgz$/),
    ]);
    const files = execFileSync(
      'tar',
      [
        '-tzf',
        join(
          packs,
          tarballs.find((t) => t.startsWith('candor-cli'))!,
        ),
      ],
      { encoding: 'utf8' },
    );
    expect(files).toContain('package/dist/bin.js');
    expect(files).toContain('package/dist/summarize/worker.js');
    expect(files).not.toMatch(/package\/(src|test|bench)\//);
    const app = join(work, 'app');
    execFileSync('mkdir', ['-p', app]);
    execFileSync('npm', ['init', '-y'], { cwd: app, stdio: 'pipe' });
    execFileSync('npm', ['i', '--no-audit', '--no-fund', ...tarballs.map((t) => join(packs, t))], { cwd: app, stdio: 'pipe' });
    const help = execFileSync('npx', ['candor', '--help'], { cwd: app, encoding: 'utf8' });
    expect(help).toMatch(/Usage: candor/);
    // The installed command does real work too: import and summarize with worker threads.
    execFileSync(
      'npx',
      ['candor', 'import', join(fixtures, 'woocommerce-reviews.json'), '--from', 'woocommerce', '--out', 'data', '--quiet'],
      { cwd: app, stdio: 'pipe' },
    );
    execFileSync('npx', ['candor', 'summarize', 'data/reviews.ndjson', '--out', 'out', '--workers', '2', '--quiet'], {
      cwd: app,
      stdio: 'pipe',
    });
    expect(JSON.parse(readFileSync(join(app, 'out/ratings.json'), 'utf8')).products['31']).toEqual([
      4.5,
      expect.any(Number),
      2,
      expect.any(Number),
    ]);
  }, 180_000);
});
