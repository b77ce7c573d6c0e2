import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { REFERENCES } from '../../src/content/references';
import { PANEL_TEXT } from '../../src/content/story';
import { linkNotices } from '../../src/ui/story/linkNotices';
import { ReferenceList } from '../../src/ui/story/ReferenceEntry';
import { sourcesView } from '../../src/ui/story/sourcesView';

const render = (view: 'patient' | 'doctor') => renderToStaticMarkup(createElement(ReferenceList, { locale: 'en', view }));
const listed = (html: string) => [...html.matchAll(/data-reference="(\w+)"/g)].map((m) => m[1]);

describe('the reference list', () => {
  it('shows patients the cited, verified studies with the evidence key, and no verification notes', () => {
    const html = render('patient');
    expect(listed(html)).not.toContain('cauchon2024');
    expect(listed(html)).not.toContain('mociu2025');
    expect(listed(html)).toContain('rfComplications2004');
    expect(html).toContain(PANEL_TEXT.en.evidenceKey.title);
    expect(html).not.toContain(PANEL_TEXT.en.doctorView.status['partly-verified']);
    expect(html).not.toContain('data-verification');
  });

  it('shows doctors every reference with how far it was verified (?sources=doctor)', () => {
    const html = render('doctor');
    expect(listed(html).sort()).toEqual(Object.keys(REFERENCES).sort());
    expect(html).toContain('data-verification="not-found"');
    expect(html).toContain(PANEL_TEXT.en.doctorView.notCited);
    expect(sourcesView('?step=references&sources=doctor')).toBe('doctor');
    expect(sourcesView('?step=references&sources=<b>')).toBe('patient');
  });
});

describe('link notices, shared by the 3D panel and the text-only page', () => {
  it('report a broken step, a language the guide does not offer, and nothing for a good link', () => {
    expect(linkNotices('?step=no-such-step&lang=xx')).toEqual(['unknown-step', 'unknown-language']);
    expect(linkNotices('?step=welcome&lang=en')).toEqual([]);
    expect(linkNotices('?lang=')).toEqual(['unknown-language']);
    expect(linkNotices('')).toEqual([]);
  });
});
