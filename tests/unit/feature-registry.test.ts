import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../../lib/domain/platforms';
import { FEATURES } from '../../lib/features/registry';

describe('feature registry', () => {
  it('one feature = one unique id = one folder, for known page kinds', () => {
    const ids = FEATURES.map((feature) => feature.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const feature of FEATURES) {
      expect(feature.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      const folder = new URL(`../../lib/features/${feature.id}/`, import.meta.url).pathname;
      expect(existsSync(`${folder}index.ts`) || existsSync(`${folder}index.tsx`), feature.id).toBe(true);
      expect(feature.pageKinds.length).toBeGreaterThan(0);
      for (const kind of feature.pageKinds) expect(PAGE_KINDS).toContain(kind);
    }
  });
});
