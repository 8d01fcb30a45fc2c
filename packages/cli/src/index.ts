/** @candor/cli as a library: the commands' functions, for build scripts that prefer code to a shell. */
export {
  runImport,
  describeReport,
  parseColumnMap,
  UsageError,
  REVIEWS_FILE,
  REPORT_FILE,
  type ImportOptions,
  type ImportReport,
} from './import/run.js';
export { FORMAT_NAMES, FORMATS, type FormatName } from './import/formats/index.js';
export { parseDate, DATE_ORDERS, type DateOrder } from './import/dates.js';
export {
  runSummarize,
  mergeRatings,
  parseShard,
  shardOf,
  type SummarizeOptions,
  type SummarizeReport,
  type RatingsIndex,
} from './summarize/run.js';
export { checkConfigFile, formatCheck, type CheckResult } from './check/run.js';
export { buildProgram, main } from './cli.js';
export { runRender, summaryIds, type RenderOptions, type RenderReport } from './render/run.js';
export { renderWidgets, WIDGETS, type RenderRequest, type RenderedWidgets, type Widget } from './render/render-widgets.js';
