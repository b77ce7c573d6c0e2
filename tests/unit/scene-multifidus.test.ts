import { describe, expect, it } from 'vitest';
import { MULTIFIDUS_LOOK } from '../../src/scene/multifidusLook';
import { MULTIFIDUS_STATES } from '../../src/story/sceneState';

describe('multifidus conditions as drawn', () => {
  it('has a look for every state the scene state allows', () => {
    expect(Object.keys(MULTIFIDUS_LOOK).sort()).toEqual([...MULTIFIDUS_STATES].sort());
  });

  it('shows more fat and a thinner muscle with each grade of fatty infiltration', () => {
    const grades = (['normal', 'fatty-1', 'fatty-2', 'fatty-3'] as const).map((s) => MULTIFIDUS_LOOK[s]);
    for (let i = 1; i < grades.length; i++) {
      expect(grades[i]!.fatShare).toBeGreaterThan(grades[i - 1]!.fatShare);
      expect(grades[i]!.thicknessMm).toBeLessThan(grades[i - 1]!.thicknessMm);
    }
    // Severe infiltration is past half of the muscle (Kjaer grading, reference §10).
    expect(MULTIFIDUS_LOOK['fatty-3'].fatShare).toBeGreaterThan(0.5);
  });

  it('draws a trained muscle fuller than a normal one, without fat', () => {
    expect(MULTIFIDUS_LOOK.trained.thicknessMm).toBeGreaterThan(0);
    expect(MULTIFIDUS_LOOK.trained.fatShare).toBe(0);
  });
});
