export declare const START: string;
export declare const END: string;
export declare function pinnedTag(base?: string): string;
export declare function readmeBlock(base?: string): string;
