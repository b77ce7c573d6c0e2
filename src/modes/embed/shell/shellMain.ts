import { isLocale } from '../../../content/locale';
import type { EmbedCommand } from '../../../story/embedMessages';
import { ancestorsAllowed } from '../../../story/embedOrigins';
import { onChannel, sendToApp, type ErrorDetail, type ShownDetail, type StepState } from '../channel';
import { loadApp, wantsLessData, whenVisible } from './appLoader';
import { hostOrigins } from './frameHosts';
import { openHostBridge } from './hostBridge';
import { createPoster, type PosterState } from './posterView';
import { readShellData } from './shellData';
import shellCss from './shell.css?inline';

/**
 * The embed frame's first, small script: shows the poster, answers the host page, and loads the app when the reader
 * comes near (the host's loader sends `play`), when the frame shows on screen, or on a tap; with `start=tap` or
 * Data Saver, only on a tap or `play`. Until the app listens, commands change the poster and the address the app
 * starts from; then they go to the app.
 */
function startShell(): void {
  const data = readShellData();
  if (!data) return;
  document.getElementById('embed-fallback')?.remove();
  const style = document.createElement('style');
  style.textContent = shellCss;
  document.head.append(style);

  const params = new URLSearchParams(window.location.search);
  const stepIndex = (id: string | null) => data.steps.findIndex((s) => s.id === id);
  const rawLang = params.get('lang');
  const state: PosterState = {
    step: data.steps[Math.max(0, stepIndex(params.get('step')))]?.id ?? '',
    lang: isLocale(rawLang) ? rawLang : 'zh-TW',
    phase: 'poster',
    fullUrl: '',
  };
  const scope = params.get('scope') ?? 'step';
  let appListening = false;
  let paused = false;
  const waiting: EmbedCommand[] = [];
  let announced = { step: state.step, lang: state.lang as string };

  const poster = createPoster(data, start);
  const hosts = hostOrigins();
  // On a page that may not frame it, the frame shows a message and a link, and neither listens nor speaks.
  if (!ancestorsAllowed(hosts, data.allowedOrigins)) {
    update({ phase: 'not-allowed' });
    return;
  }
  const post = openHostBridge(data.allowedOrigins, hosts?.[0] ?? '*', onCommand);

  function update(change: Partial<PosterState>): void {
    Object.assign(state, change);
    params.set('step', state.step);
    params.set('lang', state.lang);
    const full = new URLSearchParams(params);
    for (const name of ['mode', 'scope', 'start']) full.delete(name);
    state.fullUrl = new URL(`./?${full.toString()}`, window.location.href).href;
    try {
      window.history.replaceState(null, '', `?${params.toString()}`);
    } catch {
      // Some sandboxes refuse address changes: the app then starts from the step it was opened with.
    }
    poster.render(state);
  }

  function announce(step: StepState): void {
    if (step.step === announced.step && step.lang === announced.lang) return;
    announced = { step: step.step, lang: step.lang };
    post({ event: 'stepchange', ...step });
  }

  function start(): void {
    if (state.phase !== 'poster') return;
    update({ phase: 'loading' });
    loadApp(data!.app, () => {
      update({ phase: 'load-failed' });
      post({ event: 'error', code: 'scene-failed' });
    });
  }

  /** Before the app listens: the poster and the address follow the command (the app starts from the address). */
  function applyToPoster(command: EmbedCommand): void {
    if (command.command === 'goToStep') {
      if (stepIndex(command.step) < 0) post({ event: 'error', code: 'unknown-step', command: 'goToStep' });
      else update({ step: command.step });
    } else if (command.command === 'setLanguage') update({ lang: command.lang });
    else if (command.command === 'setFindings') {
      for (const name of ['lstv', 'facets', 'cascade'] as const) {
        const value = command.findings?.[name];
        if (value === undefined) params.delete(name);
        else params.set(name, value);
      }
      update({});
    }
    announce({ step: state.step, index: stepIndex(state.step), lang: state.lang });
  }

  function onCommand(command: EmbedCommand): void {
    if (command.command === 'play') start();
    if (command.command === 'play' || command.command === 'pause') paused = command.command === 'pause';
    if (appListening) return sendToApp(command);
    applyToPoster(command);
    // The app may already have read the address: what comes while it loads is handed over again once it listens.
    if (state.phase === 'loading') waiting.push(command);
  }

  onChannel('attached', () => {
    appListening = true;
    for (const command of waiting.splice(0)) sendToApp(command);
    if (paused) sendToApp({ facetExplainer: 1, command: 'pause' });
  });
  onChannel<StepState>('state', (step) => {
    // The poster stays over the app until its first frame: it shows what the app shows.
    if (stepIndex(step.step) >= 0) state.step = step.step;
    if (isLocale(step.lang)) state.lang = step.lang;
    poster.render(state);
    announce(step);
  });
  onChannel<ShownDetail>('shown', () => poster.remove());
  onChannel<ErrorDetail>('error', (detail) => post({ event: 'error', ...detail }));

  update({});
  post({ event: 'ready', step: state.step, lang: state.lang, scope });
  if (params.get('start') !== 'tap' && !wantsLessData()) whenVisible(start);
}

startShell();
