import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/content/locale';
import { PANEL_TEXT, STORY_TEXT, TABLES_TEXT, stepText } from '../../src/content/story';
import { linkedStructureIds } from '../../src/story/markup';
import { STEPS, findStepIndex } from '../../src/story/steps';
import { StoryPanelView } from '../../src/ui/story/StoryPanelView';

/** The panel rendered to HTML for one step and locale. */
function renderStep(stepIndex: number, locale: (typeof LOCALES)[number]): string {
  const noop = () => undefined;
  return renderToStaticMarkup(createElement(StoryPanelView, { locale, stepIndex, selectedId: null, goToStep: noop, select: noop }));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('StoryPanel', () => {
  it('renders every step in both locales with its title, tappable names, progress and the red-flag button', () => {
    for (const locale of LOCALES) {
      STEPS.forEach((step, index) => {
        const html = renderStep(index, locale);
        const text = stepText(step.id, locale)!;
        expect(html, step.id).toContain(escapeHtml(text.title));
        const linked = [text.body, ...(text.keyPoints ?? [])].flatMap((source) => linkedStructureIds(source));
        expect(html.match(/class="story-structure-link"/g)?.length ?? 0, step.id).toBe(linked.length);
        // Names in the key points are links too, never raw markup.
        expect(html, step.id).not.toContain('[[');
        expect(html.match(/class="story-ref-marker"/g)?.length ?? 0, step.id).toBe(step.references.length);
        expect(html).toContain(`${index + 1} / ${STEPS.length}`);
        expect(html).toContain(escapeHtml(PANEL_TEXT[locale].redFlags.button));
        expect(html).toContain(escapeHtml(PANEL_TEXT[locale].educationNotice));
        expect(html).toContain(`lang="${locale}"`);
      });
    }
  });

  it('renders the comparison tables as real tables with header cells', () => {
    const html = renderStep(findStepIndex('differential-table'), 'en');
    const table = TABLES_TEXT.en['differential-table'];
    expect(html).toContain('<table');
    expect(html.match(/<th scope="col"/g)).toHaveLength(table.columns.length);
    expect(html.match(/<th scope="row"/g)).toHaveLength(table.rows.length);
    expect(html.match(/<td /g)).toHaveLength(table.rows.length * (table.columns.length - 1));
  });

  it('shows the red-flag list inside the red-flags step', () => {
    const html = renderStep(findStepIndex('red-flags'), 'zh-TW');
    for (const item of Object.values(PANEL_TEXT['zh-TW'].redFlags.items)) expect(html).toContain(escapeHtml(item));
  });

  it('disables previous on the first step and next on the last', () => {
    const first = renderStep(0, 'en');
    const last = renderStep(STEPS.length - 1, 'en');
    expect(first).toMatch(/<button type="button" class="story-nav__button" disabled="">/);
    expect(last).toMatch(/<button type="button" class="story-nav__button story-nav__button--next" disabled="">/);
  });

  it('clamps an out-of-range step index instead of crashing', () => {
    expect(renderStep(9999, 'en')).toContain(escapeHtml(STORY_TEXT.en.steps.references.title));
  });

  it('contains no prose of its own: every sentence comes from content', () => {
    // The only visible words the panel adds are the content strings above; nothing CJK is hard-coded.
    const html = renderStep(findStepIndex('welcome'), 'en');
    expect(/\p{Script=Han}/u.test(html)).toBe(false);
  });
});
