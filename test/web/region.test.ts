import { describe, expect, it } from 'vitest';
import { browserRegion } from '../../web/src/region.js';

describe("the region a collector's national numbers are read in", () => {
  it("is the browser's region, else CN", () => {
    expect(browserRegion(['zh-CN', 'zh'])).toBe('CN');
    expect(browserRegion(['en', 'en-US'])).toBe('US');
    expect(browserRegion(['en'])).toBe('CN');
    expect(browserRegion(['es-419'])).toBe('CN');
    expect(browserRegion([])).toBe('CN');
  });
});
