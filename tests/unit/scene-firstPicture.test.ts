import { describe, expect, it } from 'vitest';
import { StructureMaterial, type TargetLook } from '../../src/scene/structureMaterial';

const SHOWN: TargetLook = { visible: true, highlighted: false, ghost: false, faint: false, tint: null };

describe("a structure's look in the model's first picture", () => {
  it('draws a solid look at once, without fading in from the tissue default', () => {
    const bone = new StructureMaterial('bone');
    bone.setTarget({ ...SHOWN, highlighted: true });
    bone.showFirstLook();
    expect(bone.material.visible).toBe(true);
    expect(bone.material.opacity).toBe(1);
    expect(bone.changing).toBe(false);
    const disc = new StructureMaterial('disc');
    disc.setTarget(SHOWN);
    disc.showFirstLook();
    expect(disc.material.visible).toBe(true);
    expect(disc.material.transparent).toBe(false);
  });

  it('holds a see-through look back and fades it in afterwards', () => {
    const xrayBone = new StructureMaterial('bone');
    xrayBone.setTarget({ ...SHOWN, ghost: true });
    xrayBone.showFirstLook();
    expect(xrayBone.material.visible).toBe(false);
    const capsule = new StructureMaterial('capsule');
    capsule.setTarget(SHOWN);
    capsule.showFirstLook();
    expect(capsule.material.visible).toBe(false);
    expect(capsule.changing).toBe(true);
    // Its programs are prepared with the first picture's, so fading in never waits for them.
    expect(capsule.shownOrComing).toBe(true);
    capsule.advance(0.05, false);
    expect(capsule.material.visible).toBe(true);
    expect(capsule.material.opacity).toBeGreaterThan(0);
    expect(capsule.material.opacity).toBeLessThan(capsule.ownOpacity);
    capsule.advance(0, true);
    expect(capsule.material.opacity).toBe(capsule.ownOpacity);
  });

  it('leaves a structure the step hides undrawn (a muscle, see-through by default, never shows)', () => {
    const muscle = new StructureMaterial('muscle');
    muscle.setTarget({ ...SHOWN, visible: false });
    muscle.showFirstLook();
    expect(muscle.material.visible).toBe(false);
    expect(muscle.changing).toBe(false);
    expect(muscle.shownOrComing).toBe(false);
  });
});
