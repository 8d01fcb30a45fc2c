import type { Plugin } from 'rollup';
export function minifyCss(pieces: string[]): string[];
export function minifyHtml(pieces: string[]): string[];
export function minifyTemplates(): Plugin;
