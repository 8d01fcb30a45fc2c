/** Types for scripts/editor-data.mjs, for the tests that import it. */
export interface ManifestElement {
  tagName: string;
  className: string;
  description: string;
  attributes: { name: string; fieldName?: string; type: string; description: string }[];
  properties: { name: string; type: string; description: string; attribute?: string }[];
  events: { name: string; description: string }[];
}
export function elementsOf(manifest: unknown): ManifestElement[];
export function vscodeCustomData(elements: ManifestElement[]): {
  version: number;
  tags: { name: string; description: string; attributes: { name: string; description: string }[] }[];
};
export function webTypes(elements: ManifestElement[], pkg: { name: string; version: string }): Record<string, unknown>;
export function vueTypes(elements: ManifestElement[]): string;
