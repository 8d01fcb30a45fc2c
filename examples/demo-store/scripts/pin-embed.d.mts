/** The pinned text of every demo page that loads the embed (path relative to examples/demo-store -> content). */
export declare function pinnedPages(): Record<string, string>;
