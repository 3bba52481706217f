import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { linearTimeScale } from '../../src/layout/time-scale.js';

const ms = fc.integer({ min: -8.64e14, max: 8.64e14 });

describe('linearTimeScale', () => {
  it('maps and inverts exactly as scaleUtc with the same two-point domain and range', () => {
    fc.assert(
      fc.property(ms, ms, fc.double({ min: 1, max: 1e5, noNaN: true }), ms, (d0, d1, length, t) => {
        fc.pre(d0 !== d1);
        const ours = linearTimeScale([d0, d1], [0, length]);
        const d3 = scaleUtc().domain([d0, d1]).range([0, length]);
        // Far outside the domain positions reach 1e9 px and more: compare to a few ulps of them.
        const near = (a: number, b: number) =>
          expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 + Math.abs(b) * 1e-12);
        near(ours(t), d3(t));
        near(ours(new Date(t)), d3(new Date(t)));
        const p = length * 0.37;
        // Date keeps whole ms; the two compute the fraction in a different order.
        expect(Math.abs(+ours.invert(p) - +d3.invert(p))).toBeLessThanOrEqual(1);
        expect(ours.domain().map(Number)).toEqual(d3.domain().map(Number));
        expect(ours.range()).toEqual(d3.range());
      }),
    );
  });

  it('maps and inverts piece by piece as a polylinear scaleUtc, past its ends too', () => {
    const knots = fc
      .uniqueArray(ms, { minLength: 3, maxLength: 6 })
      .map((a) => a.sort((x, y) => x - y));
    fc.assert(
      fc.property(knots, fc.double({ min: 1, max: 1e4, noNaN: true }), ms, (domain, step, t) => {
        const range = domain.map((_, j) => j * step + (j % 2) * step * 0.5);
        const ours = linearTimeScale(domain, range);
        const d3 = scaleUtc().domain(domain).range(range);
        const near = (a: number, b: number, by: number) =>
          expect(Math.abs(a - b)).toBeLessThanOrEqual(by + Math.abs(b) * 1e-9);
        near(ours(t), d3(t), 1e-6);
        const p = range[range.length - 1]! * 0.61;
        near(+ours.invert(p), +d3.invert(p), 1);
        expect(ours.domain().map(Number)).toEqual(domain);
        expect(ours.range()).toEqual(range);
      }),
    );
  });

  it('does not clamp: times outside the domain land outside the range', () => {
    const scale = linearTimeScale([0, 1000], [0, 100]);
    expect(scale(-500)).toBe(-50);
    expect(scale(2000)).toBe(200);
    expect(scale.clamp(true)(2000)).toBe(200);
    expect(scale.copy()(500)).toBe(50);
  });

  it('maps a zero-length domain to the middle of the range, as d3 does', () => {
    const scale = linearTimeScale([5, 5], [0, 100]);
    expect(scale(5)).toBe(scaleUtc().domain([5, 5]).range([0, 100])(5));
    expect(scale(99)).toBe(50);
    expect(+scale.invert(30)).toBe(5);
  });
});
