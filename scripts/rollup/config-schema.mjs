import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** After core is built, write candor.schema.json from the same shapes the validator reads. */
export function writeConfigSchema() {
  return {
    name: 'candor-config-schema',
    async writeBundle() {
      const { configJsonSchema } = await import(`${pathToFileURL('packages/core/dist/config/json-schema.js').href}?t=${Date.now()}`);
      const text = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
      writeFileSync('packages/core/candor.schema.json', text);
    },
  };
}
