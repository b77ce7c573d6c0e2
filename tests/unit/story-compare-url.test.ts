import { beforeEach, describe, expect, it } from 'vitest';
import { PANEL_TEXT } from '../../src/content/story';
import { selectDrawnScene } from '../../src/state/drawnScene';
import { useExplainer } from '../../src/state/store';
import { compareSearch, parseCompare } from '../../src/story/compareUrl';
import { findStepIndex } from '../../src/story/steps';
import { parseLocation } from '../../src/story/url';
import { linkNotices } from '../../src/ui/story/linkNotices';
import { applyLocation } from '../../src/ui/useUrlSync';

describe('the before-and-after choice in a deep link', () => {
  it('round-trips both choices and leaves the other parameters as they were', () => {
    for (const shown of ['normal', 'changed'] as const) {
      const search = compareSearch('?step=lstv&lang=en&lstv=IIa-left', shown);
      expect(parseCompare(search)).toEqual({ shown, malformed: false });
      expect(parseLocation(search)).toMatchObject({ stepIndex: findStepIndex('lstv'), locale: 'en', anatomy: shown, compareNotice: null });
      expect(new URLSearchParams(search).get('lstv')).toBe('IIa-left');
    }
  });

  it('takes the choice out of the address when the step shows its own', () => {
    expect(compareSearch('?step=lstv&compare=normal', null)).toBe('?step=lstv');
    expect(parseCompare('?step=lstv')).toEqual({ shown: null, malformed: false });
  });

  it('reads a malformed choice as none, with a calm notice in both languages', () => {
    for (const raw of ['sideways', '', 'NORMAL', '%E0%A4%A', 'normal<script>']) {
      const search = `?step=lstv&compare=${raw}`;
      expect(parseLocation(search)).toMatchObject({ stepIndex: findStepIndex('lstv'), anatomy: null, compareNotice: 'malformed-compare' });
      expect(linkNotices(search)).toEqual(['malformed-compare']);
    }
    expect(PANEL_TEXT['zh-TW'].notices['malformed-compare']).toMatch(/連結/);
    expect(PANEL_TEXT.en.notices['malformed-compare']).toMatch(/link/);
  });
});

describe('a link with a compare choice in the store', () => {
  beforeEach(() => applyLocation('?step=welcome'));

  it('opens the step on the normal anatomy, and a malformed choice on the step’s own', () => {
    applyLocation('?step=lstv&compare=normal');
    let drawn = selectDrawnScene(useExplainer.getState());
    expect(drawn.compare).toBe('lstv');
    expect(drawn.sceneState.anatomy).toBe('normal');
    expect(drawn.sceneState.variants.lstv).toBe('none');

    applyLocation('?step=lstv&compare=maybe');
    drawn = selectDrawnScene(useExplainer.getState());
    expect(drawn.sceneState.anatomy).toBe('changed');
    expect(drawn.sceneState.variants.lstv).not.toBe('none');
    expect(useExplainer.getState().linkNotices).toEqual(['malformed-compare']);
  });
});
