import { describe, expect, it } from 'vitest';
import { PRECISIONS } from '../../src/model/index.js';

describe('model value lists', () => {
  it('orders precisions from finest to coarsest', () => {
    expect(PRECISIONS.indexOf('day')).toBeLessThan(PRECISIONS.indexOf('week'));
  });
});
