import type { Plugin } from 'rollup';
export function workspaceSources(): Plugin;
