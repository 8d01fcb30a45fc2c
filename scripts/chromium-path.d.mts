export declare const CHROMIUM_CANDIDATES: readonly string[];
export declare function findChromium(env?: Record<string, string | undefined>): string | undefined;
export declare function chromiumPath(env?: Record<string, string | undefined>): string;
