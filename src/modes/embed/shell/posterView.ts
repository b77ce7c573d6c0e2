import { EMBED_TEXT } from '../../../content/embed';
import type { Locale } from '../../../content/locale';
import { posterUrl, type ShellData } from './shellData';

/** What the poster shows: a step in a language, waiting, loading, or a message in place of the widget. */
export interface PosterState {
  step: string;
  lang: Locale;
  phase: 'poster' | 'loading' | 'load-failed' | 'not-allowed';
  /** The full explainer at this step, for the message's link. */
  fullUrl: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/**
 * The widget before the 3D scene: a still picture of the step, its chapter and title, a start button and the red
 * flags, built with text nodes only. `render` redraws it for a new state; `remove` lets the app show through.
 */
export function createPoster(data: ShellData, onStart: () => void) {
  const root = element('div', 'fe-poster');
  const image = element('img', 'fe-poster__image');
  image.alt = '';
  image.decoding = 'async';
  image.onerror = () => image.classList.add('fe-poster__image--missing');
  const flagsButton = element('button', 'fe-poster__flags-button');
  flagsButton.type = 'button';
  const caption = element('div', 'fe-poster__caption');
  const flags = element('dialog', 'fe-poster__flags');
  root.append(image, flagsButton, caption, flags);
  flagsButton.onclick = () => flags.showModal();
  image.onclick = onStart;

  function renderFlags(lang: Locale): void {
    const words = data.redFlags[lang];
    const list = element('ul', '');
    list.append(...words.items.map((item) => element('li', '', item)));
    const close = element('button', 'fe-poster__button', words.close);
    close.type = 'button';
    close.onclick = () => flags.close();
    flags.replaceChildren(element('h2', '', words.title), element('p', '', words.intro), list, element('p', 'fe-poster__action', words.action), close);
    flagsButton.textContent = words.button;
  }

  function render({ step, lang, phase, fullUrl }: PosterState): void {
    const words = EMBED_TEXT[lang];
    const entry = data.steps.find((s) => s.id === step) ?? data.steps[0];
    root.lang = lang;
    root.dataset.phase = phase;
    if (entry && !image.src.endsWith(posterUrl(entry.id))) {
      image.classList.remove('fe-poster__image--missing');
      image.src = posterUrl(entry.id);
    }
    renderFlags(lang);
    if (phase === 'load-failed' || phase === 'not-allowed') {
      const message = phase === 'load-failed' ? words.loadFailed : words.notAllowed;
      const link = element('a', 'fe-poster__button', words.openDirect);
      link.href = fullUrl;
      link.target = '_blank';
      link.rel = 'noopener';
      caption.replaceChildren(element('h1', 'fe-poster__title', message.title), element('p', 'fe-poster__hint', message.body), link);
      caption.setAttribute('role', 'alert');
      return;
    }
    const start = element('button', 'fe-poster__button fe-poster__start', phase === 'loading' ? words.loading : words.start);
    start.type = 'button';
    start.dataset.action = 'start';
    start.disabled = phase === 'loading';
    start.onclick = onStart;
    const chapter = entry ? (data.chapters[entry.chapter]?.[lang] ?? '') : '';
    caption.replaceChildren(
      element('p', 'fe-poster__chapter', chapter),
      element('h1', 'fe-poster__title', entry?.title[lang] ?? ''),
      start,
      element('p', 'fe-poster__hint', words.posterHint),
    );
  }

  function remove(): void {
    root.classList.add('fe-poster--leaving');
    const gone = () => root.remove();
    root.addEventListener('transitionend', gone, { once: true });
    // Without a transition (reduced motion) there is no transitionend.
    setTimeout(gone, 600);
  }

  document.body.append(root);
  return { render, remove };
}
