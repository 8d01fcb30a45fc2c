/** JSON-LD script text as old CMS templates write it. Apart from numbers.ts: every page needs this, only the page reader needs those. */

/**
 * The JSON inside a `<script type="application/ld+json">`, without the wrappers old templates put
 * around it: `/*<![CDATA[*\/ ... /*]]>*\/`, `//<![CDATA[ ... //]]>`, bare `<![CDATA[ ... ]]>` and
 * `<!-- ... -->`.
 */
export function jsonLdText(text: string): string {
  return text
    .trim()
    .replace(/^(?:\/\*\s*<!\[CDATA\[\s*\*\/|\/\/\s*<!\[CDATA\[|<!\[CDATA\[|<!--)/, '')
    .replace(/(?:\/\*\s*\]\]>\s*\*\/|\/\/\s*\]\]>|\]\]>|-->)$/, '')
    .trim();
}
