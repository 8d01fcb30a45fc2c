/** Every file the demo data script writes (path relative to examples/demo-store -> content) and per-product counts. */
export declare function generateFiles(): Promise<{
  files: Record<string, string>;
  counts: Record<string, { reviews: number; raw: number | null; adjusted: number | null; trusted: number }>;
}>;
