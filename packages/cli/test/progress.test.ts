import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.js';

const capture = () => {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
};

describe('progress', () => {
  it('off a terminal: plain lines, at most one per interval', () => {
    const { stream, text } = capture();
    const progress = createProgress({ label: 'import', unit: 'records', tty: false, every: 0, stream });
    progress.update(5000);
    progress.update(10000, 20000);
    progress.stop();
    expect(text()).toBe('import: 5000 records\nimport: 10000/20000 records\n');
    const slow = capture();
    const quiet = createProgress({ label: 'import', unit: 'records', tty: false, every: 60, stream: slow.stream });
    quiet.update(1);
    quiet.update(2);
    expect(slow.text()).toBe('');
  });

  it('on a terminal: a bar, unless --quiet asks for plain lines', () => {
    const { stream, text } = capture();
    const bar = createProgress({ label: 'summarize', unit: 'products', tty: true, stream });
    bar.update(50, 100);
    bar.stop();
    expect(text()).toMatch(/summarize \[[█░]+\] 50% \| 50\/100 products/);
    const plain = capture();
    const quiet = createProgress({ label: 'summarize', unit: 'products', tty: true, quiet: true, every: 0, stream: plain.stream });
    quiet.update(50, 100);
    expect(plain.text()).toBe('summarize: 50/100 products\n');
  });
});
