/** Warnings that would ship a broken package fail the build instead of scrolling by. */
export function failOnWarning(warning, warn) {
  if (['UNRESOLVED_IMPORT', 'MISSING_EXPORT', 'PLUGIN_WARNING'].includes(warning.code)) throw new Error(warning.message);
  warn(warning);
}
