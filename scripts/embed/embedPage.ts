import { EMBED_TEXT } from '../../src/content/embed';
import { LOCALES, type Locale } from '../../src/content/locale';
import { PANEL_TEXT, STORY_TEXT } from '../../src/content/story';
import { EMBED_DATA_ID, type ShellData } from '../../src/modes/embed/shell/shellData';
import { STEPS } from '../../src/story/steps';

/** The shell's data: step titles, chapter names and the red flags in both languages, the origins, the app script. */
export function shellData(allowedOrigins: string[], appScript: string): ShellData {
  const byLocale = <T>(pick: (locale: Locale) => T) => Object.fromEntries(LOCALES.map((locale) => [locale, pick(locale)])) as Record<Locale, T>;
  const chapters = [...new Set(STEPS.map((step) => step.chapter))];
  return {
    steps: STEPS.map((step) => ({ id: step.id, chapter: step.chapter, title: byLocale((locale) => STORY_TEXT[locale].steps[step.id as keyof (typeof STORY_TEXT)['en']['steps']].title) })),
    chapters: Object.fromEntries(chapters.map((id) => [id, byLocale((locale) => STORY_TEXT[locale].chapters[id])])),
    redFlags: byLocale((locale) => {
      const { button, title, intro, items, action } = PANEL_TEXT[locale].redFlags;
      return { button, title, intro, items: Object.values(items), action, close: PANEL_TEXT[locale].close };
    }),
    allowedOrigins,
    app: { script: appScript },
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page the widget's iframe shows: the site's own Content-Security-Policy, a plain message for a frame where no
 * script may run (the shell replaces it), the shell's data and the shell, a classic script.
 */
export function embedPageHtml(options: { csp: string; shellScript: string; data: ShellData }): string {
  const fallback = LOCALES.map((locale) => `<p lang="${locale}">${escapeHtml(EMBED_TEXT[locale].needsScript)}</p>`).join('');
  const link = `<a href="./" target="_blank" rel="noopener">${escapeHtml(EMBED_TEXT['zh-TW'].openDirect)} · ${escapeHtml(EMBED_TEXT.en.openDirect)}</a>`;
  // `<` escaped so no text in the data can close the script element.
  const json = JSON.stringify(options.data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-TW">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.csp)}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${escapeHtml(EMBED_TEXT['zh-TW'].frameTitle)} · ${escapeHtml(EMBED_TEXT.en.frameTitle)}</title>
    <style>body{margin:0;background:#1d2430;color:#f3f1ec;font-family:system-ui,sans-serif}#embed-fallback{padding:1rem}#embed-fallback a{color:#ffb347}</style>
  </head>
  <body>
    <div id="embed-fallback">${fallback}<p>${link}</p></div>
    <div id="root"></div>
    <script type="application/json" id="${EMBED_DATA_ID}">${json}</script>
    <script src="${options.shellScript}"></script>
  </body>
</html>
`;
}
