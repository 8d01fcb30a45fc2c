import type { Server } from 'node:http';
export interface StoreServerOptions {
  port?: number;
  host?: string;
  /** The site served at /; the CDN bundle is always at /cdn/. */
  siteDir?: string;
  /** Served at /cdn/; defaults to packages/embed/dist. */
  cdnDir?: string;
}
export declare function startStoreServer(options?: StoreServerOptions): Promise<{ server: Server; url: string }>;
