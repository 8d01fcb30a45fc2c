/**
 * examples/catalogue-job as Kubernetes runs it: run-shard.sh once per JOB_COMPLETION_INDEX (the pods),
 * then `candor index` (index-job.yaml). The merged ratings.json must be the one-machine file.
 * Needs `pnpm build` first (npm test does).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repo, 'packages/cli/dist/bin.js');
const example = join(repo, 'examples/catalogue-job');

it("the Indexed Job's shards merge into the same ratings.json as one machine", () => {
  if (!existsSync(bin)) throw new Error('packages/cli/dist is missing: run `pnpm build` first (npm test does).');
  const work = mkdtempSync(join(tmpdir(), 'candor-job-'));
  const candor = `${process.execPath} ${bin}`;
  execFileSync(
    process.execPath,
    [
      bin,
      'import',
      join(repo, 'packages/cli/test/fixtures/bazaarvoice-reviews.json'),
      '--from',
      'bazaarvoice',
      '--out',
      join(work, 'a'),
      '--quiet',
    ],
    { stdio: 'pipe' },
  );
  execFileSync(
    process.execPath,
    [bin, 'import', join(repo, 'packages/cli/test/fixtures/judgeme-export.csv'), '--from', 'judgeme', '--out', join(work, 'b'), '--quiet'],
    { stdio: 'pipe' },
  );
  const reviews = join(work, 'reviews.ndjson');
  // Two exports, one ungrouped file: the job must group it itself.
  const lines = [join(work, 'a/reviews.ndjson'), join(work, 'b/reviews.ndjson')].flatMap((file) =>
    readFileSync(file, 'utf8').trim().split('\n').slice(1),
  );
  writeFileSync(reviews, lines.join('\n') + '\n');
  const config = join(repo, 'examples/demo-store/candor.json');
  for (let index = 0; index < 3; index++) {
    execFileSync('sh', [join(example, 'run-shard.sh')], {
      env: {
        ...process.env,
        JOB_COMPLETION_INDEX: String(index),
        SHARDS: '3',
        CANDOR: candor,
        REVIEWS: reviews,
        CONFIG: config,
        OUT: join(work, 'sharded'),
      },
      stdio: 'pipe',
    });
  }
  execFileSync(process.execPath, [bin, 'index', join(work, 'sharded')], { stdio: 'pipe' });
  execFileSync(process.execPath, [bin, 'summarize', reviews, '--config', config, '--out', join(work, 'one'), '--quiet'], { stdio: 'pipe' });
  const merged = readFileSync(join(work, 'sharded/ratings.json'), 'utf8');
  expect(merged).toBe(readFileSync(join(work, 'one/ratings.json'), 'utf8'));
  expect(Object.keys(JSON.parse(merged).products).sort()).toEqual(['merino-beanie', 'trail-jacket']);
  expect(readFileSync(join(example, 'job.yaml'), 'utf8')).toMatch(/completionMode: Indexed[\s\S]*completions: 4[\s\S]*value: "4"/);
}, 120_000);
