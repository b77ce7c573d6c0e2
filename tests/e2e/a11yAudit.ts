import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The rules that matter for this page: WCAG 2.x A and AA (names, roles, contrast, language, focus order). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface Violation {
  rule: string;
  impact: Impact;
  /** Where it was seen (language, size, step, panel) and which elements. */
  where: string;
  targets: string[];
}

/** Puts axe-core into the page once (evaluated by the test driver, so the page's strict CSP does not apply). */
export async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(axe.source);
}

/** Runs axe over the whole document with the WCAG A / AA rules and returns its violations. */
export async function auditPage(page: Page, where: string): Promise<Violation[]> {
  await injectAxe(page);
  const found = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: (v.impact ?? 'minor') as string,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_TAGS);
  return found.map((v) => ({ ...v, impact: v.impact as Impact, where }));
}

/** Counts by impact, for the report. */
export function countByImpact(violations: readonly Violation[]): Record<Impact, number> {
  const counts: Record<Impact, number> = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  for (const v of violations) counts[v.impact] += v.targets.length;
  return counts;
}

/** Serious and critical violations, one line each, for a readable failure. */
export function blocking(violations: readonly Violation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.rule} @ ${v.where}: ${v.targets.slice(0, 3).join(', ')}${v.targets.length > 3 ? ` (+${v.targets.length - 3})` : ''}`);
}

/**
 * Text laid over the 3D scene (toolbar, legends, chips, labels, notices, side panels): axe cannot see the pixels
 * behind it, so this composites each text's own backing layers over the worst scene pixel (black and white) and
 * returns how many texts it checked and every one below WCAG AA (4.5:1, or 3:1 for large text).
 */
export function sceneTextBelowAA(page: Page, where: string): Promise<{ checked: number; failures: string[] }> {
  return page.evaluate((where) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return [r, g, b, a];
    };
    const over = (top: Rgba, base: [number, number, number]): [number, number, number] =>
      [0, 1, 2].map((i) => top[i]! * top[3] + base[i]! * (1 - top[3])) as [number, number, number];
    const luminance = (rgb: [number, number, number]) => {
      const [r, g, b] = rgb.map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: [number, number, number], b: [number, number, number]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const failures: string[] = [];
    let checked = 0;
    const seen = new Set<Element>();
    for (const root of document.querySelectorAll('.app__scene, .side-panel')) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || seen.has(element) || !node.textContent?.trim()) continue;
        seen.add(element);
        if (element.closest('[aria-hidden="true"], .visually-hidden, [hidden]') || !element.checkVisibility({ visibilityProperty: true })) continue;
        checked++;
        const layers: Rgba[] = [];
        for (let e: Element | null = element; e && e !== document.body; e = e.parentElement) {
          const bg = parse(getComputedStyle(e).backgroundColor);
          if (bg[3] > 0) layers.unshift(bg);
          if (e === root) break;
        }
        const style = getComputedStyle(element);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        const needed = large ? 3 : 4.5;
        const worst = Math.min(
          ...([[0, 0, 0], [255, 255, 255]] as [number, number, number][]).map((scene) => {
            const backing = layers.reduce((base, layer) => over(layer, base), scene);
            return ratio(over(parse(style.color), backing), backing);
          }),
        );
        if (worst < needed) failures.push(`${where}: "${node.textContent.trim().slice(0, 30)}" (${element.className || element.tagName}) ${worst.toFixed(2)} < ${needed}`);
      }
    }
    return { checked, failures };
  }, where);
}
