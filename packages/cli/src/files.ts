/**
 * Writing output so a reader never sees half a file: everything goes to a temporary name in the
 * same folder and is renamed over the old file when complete (rename is atomic on one file system).
 * A crash or Ctrl-C leaves the previous file as it was, plus at most a `.tmp-` file.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, write, writeFileSync } from 'node:fs';
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

/** Bytes the writer gathers before a write: large writes, few system calls. */
const WRITE_CHUNK = 1 << 20;

/**
 * A writer of bytes that becomes `path` only when `commit()` is called; `abort()` removes it. It
 * copies what it is given into one of two buffers of its own and writes a full buffer while it
 * fills the other, so the caller may reuse what it passed as soon as write() returns, and no write
 * needs new memory (on this machine a first touch of new memory costs more than copying into it).
 */
export class AtomicLineWriter {
  readonly #path: string;
  readonly #temporary: string;
  readonly #fd: number;
  #current = Buffer.allocUnsafeSlow(WRITE_CHUNK);
  #other = Buffer.allocUnsafeSlow(WRITE_CHUNK);
  #at = 0;
  /** The write of #other, while it runs. */
  #writing: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(path: string) {
    this.#path = path;
    this.#temporary = temporaryName(path);
    this.#fd = openSync(this.#temporary, 'w');
  }

  /** Appends the bytes (whole lines, each ending in a newline); await it to respect the disk's pace. */
  async write(bytes: Uint8Array): Promise<void> {
    for (let from = 0; from < bytes.length;) {
      const count = Math.min(bytes.length - from, this.#current.length - this.#at);
      this.#current.set(bytes.subarray(from, from + count), this.#at);
      this.#at += count;
      from += count;
      if (this.#at === this.#current.length) await this.#flush();
    }
  }

  async #flush(): Promise<void> {
    // The other buffer is free again once its write is done.
    await this.#writing;
    if (this.#at === 0) return;
    const full = this.#current;
    this.#writing = writeAll(this.#fd, full, this.#at);
    // Its failure is reported by the next flush or commit (which await it), never as an unhandled rejection.
    this.#writing.catch(() => {});
    this.#current = this.#other;
    this.#other = full;
    this.#at = 0;
  }

  async commit(): Promise<void> {
    await this.#flush();
    await this.#writing;
    this.#close();
    renameSync(this.#temporary, this.#path);
  }

  abort(): void {
    this.#close();
    rmSync(this.#temporary, { force: true });
  }

  /** Closes the file once: a second close could close a file that reused the descriptor's number. */
  #close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#fd);
  }
}

/** Writes bytes[0..length) at the end of what the file descriptor has written, however many calls that takes. */
async function writeAll(fd: number, bytes: Buffer, length: number): Promise<void> {
  for (let done = 0; done < length;)
    done += await new Promise<number>((resolve, reject) =>
      write(fd, bytes, done, length - done, null, (error, written) => (error ? reject(error) : resolve(written))),
    );
}
