/** One benchmark step in a fresh process, so its peak RSS is its own: prints { ms, cpuMs, maxRssMb, report } as JSON. */
import { pathToFileURL } from 'node:url';

const [step, optionsJson] = process.argv.slice(2);
const cli = await import(pathToFileURL(new URL('../dist/index.js', import.meta.url).pathname).href);
const options = { ...JSON.parse(optionsJson), quiet: true, log: () => {} };
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = step === 'import' ? (await cli.runImport(options)).report : await cli.runSummarize(options);
const ms = performance.now() - started;
// CPU time of the whole process, worker threads included: on a loaded machine it says what the work costs.
const cpu = process.cpuUsage(cpuBefore);
// maxRSS covers the whole process, worker threads included (they share it).
process.stdout.write(
  JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, report: result }),
);
