export function staticClosure(importsOf: (file: string) => readonly string[] | undefined, ...entries: string[]): Set<string>;
