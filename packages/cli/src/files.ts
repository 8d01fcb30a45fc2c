/**
 * Writing output so a reader never sees half a file: everything goes to a temporary name in the
 * same folder and is renamed over the old file when complete (rename is atomic on one file system).
 * A crash or Ctrl-C leaves the previous file as it was, plus at most a `.tmp-` file.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';

/**
 * This run's mark on its temporary files and folders. A process id alone is not enough: pods of a
 * Kubernetes Job share one volume and often have the same pid, so shards would clean up each other's work.
 */
export const RUN_ID = `${process.pid}-${randomBytes(4).toString('hex')}`;

let counter = 0;
export function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${RUN_ID}-${counter++}`);
}

export function writeFileAtomic(path: string, data: string): void {
  const temporary = temporaryName(path);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** A writer of bytes that becomes `path` only when `commit()` is called; `abort()` removes it. */
export class AtomicLineWriter {
  readonly #path: string;
  readonly #temporary: string;
  readonly #stream;
  #buffer: Buffer[] = [];
  #size = 0;

  constructor(path: string) {
    this.#path = path;
    this.#temporary = temporaryName(path);
    this.#stream = createWriteStream(this.#temporary);
  }

  /** Buffers whole lines (each ending in a newline) and writes them in large chunks; await it to respect the disk's pace. */
  async write(lines: Buffer): Promise<void> {
    this.#buffer.push(lines);
    this.#size += lines.length;
    if (this.#size > 1 << 20) await this.#flush();
  }

  async #flush(): Promise<void> {
    if (this.#buffer.length === 0) return;
    const chunk = this.#buffer.length === 1 ? this.#buffer[0]! : Buffer.concat(this.#buffer, this.#size);
    this.#buffer = [];
    this.#size = 0;
    if (!this.#stream.write(chunk)) await once(this.#stream, 'drain');
  }

  async commit(): Promise<void> {
    await this.#flush();
    this.#stream.end();
    await once(this.#stream, 'finish');
    renameSync(this.#temporary, this.#path);
  }

  abort(): void {
    this.#stream.destroy();
    rmSync(this.#temporary, { force: true });
  }
}
