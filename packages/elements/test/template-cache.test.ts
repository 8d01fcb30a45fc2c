import { describe, expect, it } from 'vitest';
import { TemplateCache } from '../src/template-cache.js';

describe('TemplateCache', () => {
  it('makes the template again only when one of its inputs is a different value', () => {
    const cache = new TemplateCache<{ made: number }>();
    let made = 0;
    const make = () => ({ made: ++made });
    const summary = { total: 3 };
    const first = cache.get([summary, 'en'], make);
    expect(cache.get([summary, 'en'], make)).toBe(first);
    expect(made).toBe(1);
    expect(cache.get([{ total: 3 }, 'en'], make)).toEqual({ made: 2 }); // equal is not the same
    expect(cache.get([{ total: 3 }, 'en', 'more'], make)).toEqual({ made: 3 });
    expect(cache.get([], make)).toEqual({ made: 4 });
    expect(cache.get([], make)).toEqual({ made: 4 });
  });

  it('keeps a template that is undefined or nothing as made, not as missing', () => {
    const cache = new TemplateCache<undefined>();
    let made = 0;
    cache.get([1], () => void made++);
    cache.get([1], () => void made++);
    expect(made).toBe(1);
  });
});
