/**
 * The README is a front door: at most 200 lines, showing the two set-up commands, and every relative link
 * in it and in docs/*.md leads to a file that exists and, with `#anchor`, to a heading in that file
 * (anchors as GitHub makes them).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';

const files = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The text outside fenced code blocks and inline code, where links are links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, text] of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const base = (text ?? '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\- _]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${String(n)}`);
  }
  return anchors;
}

function linksOf(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?: "[^"]*")?\)/g)].map((m) => m[1] ?? '');
}

describe('README and docs/', () => {
  it('keeps the README at most 200 lines', () => {
    const lines = readFileSync('README.md', 'utf8').trimEnd().split('\n').length;
    assert.ok(lines <= 200, `README.md has ${String(lines)} lines`);
  });

  it('shows the set-up commands CI and a new user run', () => {
    const readme = readFileSync('README.md', 'utf8');
    assert.match(readme, /^npm ci && npm start\b/m);
    assert.match(readme, /^npm test\b/m);
  });

  it('links every docs/ page from the README', () => {
    const links = new Set(linksOf(readFileSync('README.md', 'utf8')).map((l) => l.split('#')[0]));
    for (const file of files.slice(1)) assert.ok(links.has(file), `README.md does not link ${file}`);
  });

  for (const file of files) {
    it(`resolves every relative link and anchor in ${file}`, () => {
      const broken: string[] = [];
      for (const link of linksOf(readFileSync(file, 'utf8'))) {
        if (/^[a-z][a-z+.-]*:/i.test(link)) continue; // https:, mailto:
        const [path = '', anchor] = link.split('#');
        const target = path === '' ? file : normalize(join(dirname(file), path));
        if (!existsSync(target)) {
          broken.push(`${link}: no file ${target}`);
          continue;
        }
        if (anchor !== undefined && !anchorsOf(readFileSync(target, 'utf8')).has(anchor)) {
          broken.push(`${link}: no heading #${anchor} in ${target}`);
        }
      }
      assert.deepEqual(broken, []);
    });
  }

  it('makes anchors as GitHub does', () => {
    const anchors = anchorsOf('# A b\n## Remove it: `cdk destroy`\n### Profile (`npm run x`, self)\n# A b\n');
    assert.deepEqual([...anchors], ['a-b', 'remove-it-cdk-destroy', 'profile-npm-run-x-self', 'a-b-1']);
  });
});
