import { describe, expect, it } from 'vitest';
import { scopeRange } from '../../src/story/embedScope';
import { parseMode, stepHistory } from '../../src/story/mode';
import { findStepIndex, STEPS } from '../../src/story/steps';

describe('the page mode from the address', () => {
  it('is the full explainer by default and the widget with ?mode=embed', () => {
    expect(parseMode('')).toEqual({ name: 'default' });
    expect(parseMode('?mode=embed&scope=chapter')).toEqual({ name: 'embed', scope: 'chapter' });
    expect(parseMode('?mode=embed')).toEqual({ name: 'embed', scope: 'step' });
  });

  it('falls back quietly for unknown modes and scopes, to the page own mode where it has one', () => {
    expect(parseMode('?mode=<script>')).toEqual({ name: 'default' });
    expect(parseMode('?scope=everything', 'embed')).toEqual({ name: 'embed', scope: 'step' });
    expect(parseMode('?mode=default', 'embed')).toEqual({ name: 'default' });
  });

  it('never adds history entries from an embedded frame', () => {
    expect(stepHistory({ name: 'embed', scope: 'story' })).toBe('replace');
    expect(stepHistory({ name: 'default' })).toBe('push');
  });
});

describe('what an embedded widget lets the reader walk through', () => {
  it('is one step, the step chapter, or the whole story', () => {
    const index = findStepIndex('lean-back-intro');
    expect(scopeRange('step', index)).toEqual({ first: index, last: index });
    expect(scopeRange('story', index)).toEqual({ first: 0, last: STEPS.length - 1 });
    const { first, last } = scopeRange('chapter', index);
    const chapter = STEPS.slice(first, last + 1).map((s) => s.chapter);
    expect(new Set(chapter)).toEqual(new Set([STEPS[index]!.chapter]));
    expect(STEPS[first - 1]?.chapter).not.toBe(STEPS[index]!.chapter);
    expect(STEPS[last + 1]?.chapter).not.toBe(STEPS[index]!.chapter);
  });
});
