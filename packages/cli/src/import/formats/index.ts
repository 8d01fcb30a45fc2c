/** Every import format by its `--from` name, with its file variants. */
import { judgemeCsv, looxCsv, okendoCsv, powerreviewsCsv, shopifyCsv, stampedCsv, yotpoCsv } from './csv-platforms.js';
import { googleFeedXml } from './google-feed.js';
import {
  amazon2023Jsonl,
  bazaarvoiceJson,
  judgemeJson,
  magentoJson,
  metaShops,
  okendoJson,
  reviewsioJson,
  shopifyMetaobjectJson,
  stampedJson,
  trustpilotJson,
  woocommerceJson,
  yotpoJson,
} from './json-platforms.js';
import { genericCsv, genericJsonl } from './generic.js';
import type { ImportFormat, ReaderKind } from './types.js';

export const FORMAT_NAMES = [
  'google-feed',
  'bazaarvoice',
  'judgeme',
  'yotpo',
  'okendo',
  'stamped',
  'loox',
  'reviewsio',
  'trustpilot',
  'powerreviews',
  'shopify',
  'woocommerce',
  'magento',
  'amazon-2023',
  'meta-shops',
  'csv',
  'jsonl',
] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const FORMATS: Record<FormatName, ImportFormat['variants']> = {
  'google-feed': { xml: googleFeedXml },
  bazaarvoice: { json: bazaarvoiceJson },
  judgeme: { csv: judgemeCsv, json: judgemeJson },
  yotpo: { json: yotpoJson, csv: yotpoCsv },
  okendo: { csv: okendoCsv, json: okendoJson },
  stamped: { csv: stampedCsv, json: stampedJson },
  loox: { csv: looxCsv },
  reviewsio: { json: reviewsioJson },
  trustpilot: { json: trustpilotJson },
  powerreviews: { csv: powerreviewsCsv },
  shopify: { csv: shopifyCsv, json: shopifyMetaobjectJson },
  woocommerce: { json: woocommerceJson },
  magento: { json: magentoJson },
  'amazon-2023': { jsonl: amazon2023Jsonl },
  'meta-shops': { json: metaShops, csv: { ...metaShops, reader: 'csv' } },
  csv: { csv: genericCsv },
  jsonl: { jsonl: genericJsonl },
};

const EXTENSIONS: Record<string, ReaderKind> = { csv: 'csv', tsv: 'csv', json: 'json', jsonl: 'jsonl', ndjson: 'jsonl', xml: 'xml' };

/** The variant for a file: by its extension, else the format's first (for stdin and odd names). */
export function variantFor(
  format: FormatName,
  file: string,
): { variant: NonNullable<ImportFormat['variants'][ReaderKind]> } | { error: string } {
  const variants = FORMATS[format];
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  const kind = extension ? EXTENSIONS[extension] : undefined;
  if (kind && variants[kind]) return { variant: variants[kind]! };
  const available = Object.keys(variants);
  if (kind) return { error: `${file}: --from ${format} reads ${available.map((k) => `.${k}`).join(' or ')} files, not .${extension}` };
  return { variant: Object.values(variants)[0]! };
}
