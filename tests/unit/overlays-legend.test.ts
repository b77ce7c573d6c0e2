import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/content/locale';
import { overlaysZhTW } from '../../src/content/overlays.zh-TW';
import { GUIDANCE } from '../../src/procedures/index';
import { sceneStateSchema, type SceneStateInput } from '../../src/story/sceneState';
import {
  isNeedleOverlay,
  LEGEND_OVERLAYS,
  legendOverlays,
  needleGuidance,
  needleLines,
  tripodLegend,
} from '../../src/ui/overlays/legendModel';
import { overlaysText } from '../../src/ui/overlays/overlayText';
import { PAIN_PATTERNS } from '../../src/ui/overlays/painMapShapes';

const state = (input: Partial<SceneStateInput>) =>
  sceneStateSchema.parse({ camera: 'posterior', visible: { kinds: ['bone'] }, ...input });

/** Every string leaf of a nested text object. */
function leaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('overlay legend text', () => {
  it('names and explains every overlay it handles, in both locales', () => {
    for (const locale of LOCALES) {
      const text = overlaysText(locale);
      for (const overlay of LEGEND_OVERLAYS) {
        expect(text.names[overlay].trim(), `${locale} ${overlay}`).not.toBe('');
        expect(text.descriptions[overlay].trim(), `${locale} ${overlay}`).not.toBe('');
      }
      for (const guidance of Object.values(GUIDANCE)) expect(text.guidance[guidance].trim()).not.toBe('');
      for (const pattern of PAIN_PATTERNS) expect(text.referredPain.patterns[pattern].name.trim()).not.toBe('');
    }
  });

  it('gives every leaf in English, different from the Chinese, and keeps the same placeholders', () => {
    const zh = new Map(leaves(overlaysText('zh-TW')));
    for (const [path, en] of leaves(overlaysText('en'))) {
      const source = zh.get(path);
      expect(source, path).toBeDefined();
      expect(en.trim(), path).not.toBe('');
      expect(en, path).not.toBe(source);
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(en), path).toEqual(placeholders(source!));
    }
  });

  it('uses the article’s zh-TW terms', () => {
    const all = leaves(overlaysZhTW).map(([, s]) => s).join('\n');
    for (const term of ['內側支阻斷術', '關節內注射', '增生療法', '高頻熱凝', '髂腰韌帶', '轉移痛', '薦髂關節', '肌筋膜']) {
      expect(all, term).toContain(term);
    }
  });

  // The article sits in the shared folder beside the repository (as on every developer's machine and in CI).
  const article = resolve(process.cwd(), '../shared/seed/article-zh-TW.txt');
  // Outside CI a checkout without the shared folder skips this; in CI (CI set) a missing article fails it loudly.
  it.runIf(existsSync(article) || Boolean(process.env.CI))('shares no run of 16 characters with the clinic article (own words)', () => {
    const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
    const source = normalise(readFileSync(article, 'utf8'));
    const copied = leaves(overlaysZhTW).flatMap(([path, s]) => {
      const text = normalise(s);
      for (let i = 0; i + 16 <= text.length; i++) if (source.includes(text.slice(i, i + 16))) return [path];
      return [];
    });
    expect(copied).toEqual([]);
  });
});

describe('overlay legend content', () => {
  it('lists only the overlays that are on, and none of the other helpers’ overlays', () => {
    expect(legendOverlays(state({ overlays: [] }))).toEqual([]);
    expect(legendOverlays(state({ overlays: ['pressure-map', 'inflammation'] }))).toEqual(['inflammation']);
  });

  it('names the two blocked nerves per §8.1 for the focused joint, with fluoroscopy', () => {
    const text = overlaysText('en');
    const lines = needleLines('needle-medial-branch-block', state({ focus: ['L4-L5'] }), text);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('L3 medial branch');
    expect(lines[0]).toContain('L4 transverse process');
    expect(lines[1]).toContain('L4 medial branch');
    expect(lines[1]).toContain('L5 transverse process');
    const l5s1 = needleLines('needle-radiofrequency', state({ focus: ['L5-S1'] }), text);
    expect(l5s1[1]).toContain('L5 dorsal ramus');
    expect(needleGuidance('needle-medial-branch-block')).toBe('fluoroscopy');
    expect(needleGuidance('needle-radiofrequency')).toBe('fluoroscopy');
    expect(needleGuidance('needle-intra-articular')).toBe('ultrasound-or-fluoroscopy');
    expect(needleGuidance('needle-prolotherapy')).toBe('ultrasound-or-fluoroscopy');
    for (const overlay of LEGEND_OVERLAYS.filter(isNeedleOverlay)) {
      expect(needleLines(overlay, state({}), text).length).toBeGreaterThan(0);
    }
  });

  it('draws the tripod bars to scale and reports the facet share', () => {
    const standing = tripodLegend('L4-L5', { trunkDeg: 0, discHeightLoss: {} }, undefined);
    const [disc, left, right] = standing.bars;
    expect(disc!.forceN / left!.forceN).toBeCloseTo(disc!.fraction / left!.fraction, 6);
    expect(left!.forceN).toBeCloseTo(right!.forceN, 6);
    expect(disc!.fraction + left!.fraction + right!.fraction).toBeCloseTo(1, 6);
    const extended = tripodLegend('L4-L5', { trunkDeg: 20, discHeightLoss: { 'L4-L5': 0.4 } }, undefined);
    expect(extended.sharePercent).toBeGreaterThan(standing.sharePercent);
    expect(extended.bars[1]!.fraction).toBeGreaterThan(left!.fraction);
  });
});
