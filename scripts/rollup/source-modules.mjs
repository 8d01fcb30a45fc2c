import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts module under `dir`, except tests and declaration files. */
export function sourceModules(dir) {
  const found = [];
  const walk = (path) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && !/\.(test|spec)\.ts$/.test(name)) found.push(full);
    }
  };
  walk(dir);
  return found;
}
