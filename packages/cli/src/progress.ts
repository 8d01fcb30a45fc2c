/**
 * Progress on stderr: a bar (cli-progress) on a terminal; on a pipe, in CI or with --quiet, a plain
 * line at most every few seconds, so logs stay short.
 */
import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  update(done: number, total?: number): void;
  stop(): void;
}

export interface ProgressOptions {
  label: string;
  unit: string;
  quiet?: boolean;
  /** Defaults to whether stderr is a terminal. */
  tty?: boolean;
  /** Seconds between plain lines. */
  every?: number;
  stream?: NodeJS.WritableStream;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? Boolean((stream as NodeJS.WriteStream).isTTY);
  if (tty && !options.quiet) {
    const bar = new SingleBar(
      {
        format: `${options.label} [{bar}] {percentage}% | {value}/{total} ${options.unit}`,
        stream: stream as NodeJS.WriteStream,
        // Render even when the stream does not say it is a terminal (the caller decided: `tty`).
        noTTYOutput: true,
        hideCursor: true,
        clearOnComplete: false,
      },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total ?? done, done);
          started = true;
        }
        if (total !== undefined) bar.setTotal(total);
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  const every = (options.every ?? 5) * 1000;
  let last = Date.now();
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < every) return;
      last = now;
      stream.write(`${options.label}: ${done}${total ? `/${total}` : ''} ${options.unit}\n`);
    },
    stop() {},
  };
}
