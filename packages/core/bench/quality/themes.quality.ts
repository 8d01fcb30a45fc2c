// Theme quality on SemEval-2014 Task 4 (laptops, restaurants), read from ../shared/data (never copied
// into this repository). Per domain:
// - aspect term extraction P/R/F1 on the phase-B test sentences (exact span match, as the task scored it);
// - aspect polarity accuracy on the train files' gold terms (positive/negative/neutral/conflict; the
//   engine never says "conflict", so those count as misses);
// - complaint recall@5: the train files are the only ones with polarity and have no review ids, so each
//   train sentence is one review; the five gold aspects criticised by the most sentences are the
//   complaints, and one is found when a shown con (or a complaint named in "Other complaints") names
//   it: the same lemma key, or the category whose words hold one of the aspect's words.
// Laptops is the domain the rules were written against; restaurants is the unseen one.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASPECTS, type AspectKey } from '../../src/reviews/aspects.js';
import { summarizeReviews } from '../../src/reviews/summarize.js';
import { lemma, sentenceAspects } from '../../src/reviews/theme-finder.js';
import type { ReviewInput, Theme } from '../../src/reviews/types.js';

const data = join(dirname(fileURLToPath(import.meta.url)), '../../../../../../../shared/data/semeval2014-absa');
const root = process.env['SEMEVAL_DIR'] ?? (data.includes('/work/') ? '/work/shared/data/semeval2014-absa' : data);

interface Gold {
  term: string;
  from: number;
  to: number;
  polarity?: string;
}
interface Sentence {
  id: string;
  text: string;
  terms: Gold[];
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function read(file: string): Sentence[] {
  const xml = readFileSync(join(root, file), 'utf8');
  const out: Sentence[] = [];
  for (const block of xml.split('<sentence ').slice(1)) {
    const id = /^id="([^"]*)"/.exec(block)![1]!;
    const text = decode(/<text>([\s\S]*?)<\/text>/.exec(block)![1]!);
    const terms: Gold[] = [];
    for (const m of block.matchAll(/<aspectTerm ([^>]*)\/>/g)) {
      const get = (name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(m[1]!)?.[1];
      terms.push({
        term: decode(get('term')!),
        from: Number(get('from')),
        to: Number(get('to')),
        ...(get('polarity') ? { polarity: get('polarity')! } : {}),
      });
    }
    out.push({ id, text, terms });
  }
  return out;
}

function extraction(sentences: Sentence[], product: { category: string }) {
  const found = sentenceAspects(
    sentences.map((s) => s.text),
    { product },
  );
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  sentences.forEach((s, k) => {
    const goldSpans = new Set(s.terms.map((t) => `${t.from}:${t.to}`));
    const ours = new Set(found[k]!.map((a) => `${a.start}:${a.end}`));
    gold += goldSpans.size;
    predicted += ours.size;
    for (const span of ours) if (goldSpans.has(span)) tp++;
  });
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, gold, predicted };
}

function polarity(sentences: Sentence[]) {
  const withTerms = sentences.filter((s) => s.terms.length > 0);
  const found = sentenceAspects(
    withTerms.map((s) => s.text),
    { targets: withTerms.map((s) => s.terms.map((t) => [t.from, t.to] as const)) },
  );
  let right = 0;
  let total = 0;
  const names = { 1: 'positive', [-1]: 'negative', 0: 'neutral' } as Record<number, string>;
  withTerms.forEach((s, k) => {
    for (const t of s.terms) {
      total++;
      const ours = found[k]!.find((a) => a.start <= t.from && a.end >= t.to) ?? found[k]!.find((a) => a.start < t.to && a.end > t.from);
      if (names[ours?.polarity ?? 0] === t.polarity) right++;
    }
  });
  return { accuracy: right / total, total };
}

const termKey = (term: string) =>
  term
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(lemma)
    .join(' ');

function complaintRecall(sentences: Sentence[], product: { category: string }) {
  const against = new Map<string, number>();
  for (const s of sentences) {
    const keys = new Set(s.terms.filter((t) => t.polarity === 'negative').map((t) => termKey(t.term)));
    for (const key of keys) against.set(key, (against.get(key) ?? 0) + 1);
  }
  const top = [...against].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
  const reviews: ReviewInput[] = sentences.map((s, k) => ({ id: `s${k}`, rating: 3, content: s.text, createdAt: '2014-01-01' }));
  const { themes } = summarizeReviews(reviews, { checks: { duplicate: { mode: 'off' }, burst: { mode: 'off' } }, product });
  const categoryHas = (key: string, word: string) =>
    key in ASPECTS && ASPECTS[key as AspectKey].words.split(' ').some((w) => lemma(w) === word);
  const names = (theme: Theme) => [{ key: theme.key }, ...(theme.aspects ?? [])];
  const covers = (shown: { key: string }, gold: string) =>
    shown.key === gold || gold.split(' ').some((word) => categoryHas(shown.key, word));
  const shown = themes.cons.filter((t) => t.key !== 'other');
  const named = themes.cons.filter((t) => t.key === 'other').flatMap(names);
  const inCons = top.filter(([gold]) => shown.some((t) => covers(t, gold)));
  const inLine = top.filter(([gold]) => named.some((t) => covers(t, gold)));
  return {
    recall: inCons.length / top.length,
    withOther: (inCons.length + inLine.length) / top.length,
    top: top.map(([key, n]) => `${key} (${n})`).join(', '),
    cons: themes.cons
      .map((t) => `${t.label} (${t.mentions})${t.aspects ? ` [${t.aspects.map((a) => `${a.label} ${a.mentions}`).join(', ')}]` : ''}`)
      .join(', '),
    pros: themes.pros.map((t) => `${t.label} (${t.mentions})`).join(', '),
  };
}

const pct = (x: number) => (100 * x).toFixed(1);
// The category is what a store's widget knows of any product; the reviews' brands and models are not given.
for (const [domain, test, train, category] of [
  ['laptops', 'Laptops_Test_Data_phaseB.xml', 'Laptop_Train_v2.xml', 'laptop'],
  ['restaurants', 'Restaurants_Test_Data_phaseB.xml', 'Restaurants_Train_v2.xml', 'restaurant'],
] as const) {
  const product = { category };
  const e = extraction(read(test), product);
  const trainSentences = read(train);
  const pol = polarity(trainSentences);
  const c = complaintRecall(trainSentences, product);
  console.log(`${domain}:`);
  console.log(
    `  aspect term extraction (phase B test, ${e.gold} gold terms, ${e.predicted} found): P ${pct(e.p)}  R ${pct(e.r)}  F1 ${pct(e.f1)}`,
  );
  console.log(`  aspect polarity accuracy (train gold terms, ${pol.total}): ${pct(pol.accuracy)}`);
  console.log(
    `  complaint recall@5 (train, one sentence = one review): ${pct(c.recall)} among the cons, ${pct(c.withOther)} with "Other complaints"`,
  );
  console.log(`    most criticised: ${c.top}`);
  console.log(`    cons shown: ${c.cons}`);
  console.log(`    pros shown: ${c.pros}`);
}
