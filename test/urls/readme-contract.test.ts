import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/catalog/taxonomy.ts';
import { categoryUrl } from '../../src/catalog/urls.ts';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('the README’s URL contract', () => {
  it('names every category a category page can have, and the URL categoryUrl() makes', () => {
    const row = readme.split('\n').find((line) => line.startsWith('| `/errors/category/<category>/`'));
    expect(row, 'a row for /errors/category/<category>/').toBeDefined();
    const [, description = ''] = (row ?? '').split(' | ');
    const named = [...description.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]);
    expect(named).toEqual(CATEGORY_IDS);
    expect(row).toContain(`(\`${categoryUrl('backup')}\`)`);
  });
});
