export { reviewsFromGoogleFeed, type GoogleFeedOptions } from './google-feed.js';
export { reviewsFromCsv, parseCsv, type CsvOptions, type CsvField } from './csv.js';
export { parseXml, type XmlElement } from './xml.js';
export type { AdapterResult } from './result.js';
