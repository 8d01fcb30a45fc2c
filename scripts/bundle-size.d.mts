export interface Sizes {
  bytes: number;
  gzip: number;
  brotli: number;
}
export declare function compressedSizes(code: string): Sizes;
export declare function measureSource(source: string): Promise<Sizes>;
export declare const VALIDATOR_ENTRY: string;
export declare const CONFIG_CHECKS_ENTRY: string;
