import { describe, expect, it } from 'vitest';
import { readVerbs, unquoted } from '../../src/extract/happenings.js';

describe('readVerbs', () => {
  it('does not take the verb of a relative clause for the clause’s own', () => {
    expect(readVerbs('The shelter houses about 900 people who fled the fighting.').happening).toBe(
      false,
    );
    expect(readVerbs('The shelter houses families who had fled the fighting.').happening).toBe(
      false,
    );
    expect(readVerbs('The man who shot the officer was arrested on Friday.').happening).toBe(true);
  });

  it('reads a negated subject as nothing having happened', () => {
    expect(readVerbs('No one was injured in the blast.').happening).toBe(false);
    expect(readVerbs('None of the ballots had been tampered with.').happening).toBe(false);
    expect(readVerbs('Nobody was arrested.').happening).toBe(false);
  });

  it('reads straight double quotes as quotes', () => {
    const reading = readVerbs('"Water flooded every street," the mayor said.');
    expect(reading).toMatchObject({ happening: false, saying: true });
    expect(unquoted('"We lost everything," she said.')).toBe(
      `${' '.repeat('"We lost everything,"'.length)} she said.`,
    );
    // The end of a quote that began in the sentence before.
    expect(
      readVerbs('The dam burst and the fields flooded." Rescuers were still searching.').happening,
    ).toBe(true);
    expect(unquoted('The dam burst." Then').startsWith(' '.repeat(15))).toBe(true);
  });
});
