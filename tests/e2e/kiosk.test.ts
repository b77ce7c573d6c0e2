import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stepText } from '../../src/content/story';
import { KIOSK_SETTINGS_KEY } from '../../src/state/kioskSettings';
import { stepSentences } from '../../src/story/readAloud';
import { STEPS } from '../../src/story/steps';
import { BASE_URL, cspViolations, launchChromium, openPage, TABLET, waitForScene } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** A kiosk whose idle question comes after `idleSeconds` and counts down `questionSeconds` (the clinic setting, shortened). */
const kioskSettings = (idleSeconds: number, questionSeconds: number) =>
  `localStorage.setItem(${JSON.stringify(KIOSK_SETTINGS_KEY)}, ${JSON.stringify(JSON.stringify({ idleSeconds, questionSeconds }))});`;

/** Software WebGL on a busy shared machine: generous waits for each action and test. */
const ACTION_TIMEOUT_MS = 90_000;
const TEST_TIMEOUT_MS = 300_000;

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: ACTION_TIMEOUT_MS, interval: 250 });

const waitSettled = (page: Page) => page.waitForFunction(() => window.__spineProbe?.settled() === true, undefined, { timeout: 90_000 });

/** What the page holds beyond the scene: address, storage, language, text size, open dialogs, pressed toggles. */
function visitTraces(page: Page) {
  return page.evaluate(() => ({
    search: location.search,
    local: Object.keys(localStorage),
    session: sessionStorage.length,
    lang: document.documentElement.lang,
    rootFontSize: document.documentElement.style.fontSize,
    openDialogs: document.querySelectorAll('dialog[open]').length,
    labelsPressed: document.querySelector('[data-action="labels"]')?.getAttribute('aria-pressed'),
    findingsOpen: document.querySelector('[data-action="findings"]')?.getAttribute('aria-pressed'),
    controlsOpen: document.querySelectorAll('.posture-controls').length,
    progress: document.querySelector('.story-progress span')?.textContent,
  }));
}

describe('the clinic tablet', () => {
  it('after the idle time asks, then clears every trace of the visit and shows the attract screen', async () => {
    const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce' });
    await context.addInitScript(kioskSettings(20, 3));
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    // The untouched tablet a patient finds: what the reset must come back to.
    await page.goto(`${BASE_URL}?mode=kiosk`);
    await waitForScene(page);
    await poll(() => page.locator('.kiosk-attract').isVisible()).toBe(true);
    await waitSettled(page);
    const fresh = { traces: await visitTraces(page), drawn: await page.evaluate(() => window.__spineProbe!.signature()) };

    // A visit: findings and a later step from a link, then language, text size, names, zoom, sliders, a dialog.
    await page.goto(`${BASE_URL}?step=lean-back-intro&facets=L4-L5:3&sessionMark=1`);
    await waitForScene(page);
    await page.evaluate(() => sessionStorage.setItem('last-patient', 'x'));
    await page.click('.kiosk-attract');
    await poll(() => page.locator('.kiosk-attract').count()).toBe(0);
    await page.click('[data-action="locale"]');
    await page.click('[data-text-size="2"]');
    await page.click('[data-action="labels"]');
    await page.mouse.move(TABLET.width * 0.3, TABLET.height * 0.5);
    await page.mouse.wheel(0, -600);
    if ((await page.locator('input[data-control="extension"]').count()) === 0) await page.click('[data-action="motion"]');
    await page.locator('input[data-control="extension"]').fill('20');
    await page.locator('input[data-control="disc-loss"]').fill('0.5');
    await page.getByRole('button', { name: 'Contents' }).click();
    const during = await visitTraces(page);
    expect(during).toMatchObject({ lang: 'en', openDialogs: 1, labelsPressed: 'false', controlsOpen: 1, rootFontSize: '137.5%' });
    expect(during.search).toContain('facets=');

    // Nobody touches it: the question with its countdown, then the reset.
    await page.locator('[data-kiosk="idle-question"]').waitFor({ timeout: 30_000 });
    await page.locator('.kiosk-attract').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-kiosk="idle-question"]').isVisible()).toBe(false);
    expect(await visitTraces(page)).toEqual(fresh.traces);
    expect(fresh.traces).toMatchObject({ search: '?mode=kiosk', local: [KIOSK_SETTINGS_KEY], session: 0, lang: 'zh-TW', progress: `1 / ${STEPS.length}` });
    // The scene draws exactly what the untouched tablet drew: camera, structures, their looks and the posture.
    await waitSettled(page);
    expect(await page.evaluate(() => window.__spineProbe!.signature())).toBe(fresh.drawn);
    expect(errors).toEqual([]);
    await context.close();
  }, TEST_TIMEOUT_MS);

  it('asks nothing of other origins, keeps the CSP, and lets no link lead away', async () => {
    const { page, context, errors, requests } = await openPage(browser, '?mode=kiosk');
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    await waitForScene(page);
    await page.click('.kiosk-attract');
    for (let i = 0; i < 2; i++) await page.click('.story-nav__button--next');
    await page.getByRole('button', { name: '目錄' }).click();
    await page.click('.story-contents__start-again');
    await poll(() => page.locator('.story-progress span').textContent()).toBe(`1 / ${STEPS.length}`);
    const address = page.url();
    // A link out of the app (as a reference's would be) does nothing on the tablet.
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://example.org/article';
      link.id = 'outside';
      link.textContent = 'outside';
      document.querySelector('.story-scroll')?.prepend(link);
    });
    await page.click('#outside');
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(address);
    await page.waitForTimeout(1500);
    const origin = new URL(BASE_URL).origin;
    expect(requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, TEST_TIMEOUT_MS);

  it('offers "start again" on the last step, and a plain page stays a plain page', async () => {
    const last = STEPS[STEPS.length - 1]!.id;
    const plain = await openPage(browser, `?step=${last}`);
    expect(await plain.page.locator('[data-action="start-again"]').count()).toBe(0);
    expect(await plain.page.locator('.kiosk-attract, .kiosk-text-size').count()).toBe(0);
    expect(await plain.page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await plain.context.close();
    const kiosk = await openPage(browser, `?mode=kiosk&step=${last}`);
    kiosk.context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    await kiosk.page.click('.kiosk-attract');
    await kiosk.page.click('.story-nav [data-action="start-again"]');
    await poll(() => kiosk.page.locator('.story-progress span').textContent()).toBe(`1 / ${STEPS.length}`);
    // The device stays a kiosk when opened again without a mode.
    await kiosk.page.goto(BASE_URL);
    await kiosk.page.locator('.kiosk-attract').waitFor({ timeout: 30_000 });
    await kiosk.context.close();
  }, TEST_TIMEOUT_MS);
});

/** A Screen Wake Lock that counts its requests; `__wakeLock.drop()` releases the lock as the browser does on hiding. */
const STUB_WAKE_LOCK = `
  (() => {
    let requests = 0;
    let current = null;
    const request = async () => {
      requests++;
      current = { released: false, release: async () => { current.released = true; } };
      return current;
    };
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    window.__wakeLock = { requests: () => requests, drop: () => { current.released = true; } };
  })();
`;

describe('the clinic settings', () => {
  it('keep the screen awake, open only by holding the version, set the idle time, and leave kiosk mode after a confirm', async () => {
    const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce' });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    await context.addInitScript(STUB_WAKE_LOCK);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}?mode=kiosk`);
    await poll(() => page.evaluate(() => window.__wakeLock.requests())).toBe(1);
    // Back from hidden, the lock the browser dropped is taken again.
    await page.evaluate(() => {
      window.__wakeLock.drop();
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await poll(() => page.evaluate(() => window.__wakeLock.requests())).toBe(2);

    await page.click('.kiosk-attract');
    await page.getByRole('button', { name: '目錄' }).click();
    const version = page.locator('.story-contents__version');
    // A tap on the version does nothing; a three-second hold opens the settings.
    await version.click();
    await page.waitForTimeout(3500);
    expect(await page.locator('[data-kiosk="settings"]').isVisible()).toBe(false);
    const box = (await version.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.locator('[data-kiosk="settings"]').waitFor({ timeout: 10_000 });
    await page.mouse.up();
    // The version the tablet runs, and whether a new one waits for the next reset.
    const contentsVersion = await version.textContent();
    expect(await page.locator('[data-kiosk="version"]').textContent()).toContain(contentsVersion);
    expect(await page.locator('[data-kiosk="version"]').getAttribute('data-update-waiting')).toBe('false');
    await page.click('[data-idle-minutes="5"]');
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KIOSK_SETTINGS_KEY))!)).toMatchObject({ idleSeconds: 300 });

    await page.click('[data-action="ask-leave-kiosk"]');
    await page.click('[data-action="leave-kiosk"]');
    await page.waitForURL(BASE_URL);
    await page.locator('.story-step').waitFor();
    expect(await page.locator('.kiosk-attract').count()).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await context.close();
  }, TEST_TIMEOUT_MS);
});

/** The clinic's gesture: the contents, then a three-second hold on the version at their foot. */
async function openClinicSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: '目錄' }).click();
  const version = page.locator('.story-contents__version');
  await version.scrollIntoViewIfNeeded();
  const box = (await version.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.locator('[data-kiosk="settings"]').waitFor({ timeout: 10_000 });
  await page.mouse.up();
}

describe("the doctor's tools on the clinic tablet", () => {
  it('are not offered to a patient, open from the clinic settings, and go with their marks at the reset', async () => {
    const plain = await openPage(browser, '');
    await plain.page.locator('[data-action="doctor"]').waitFor({ timeout: ACTION_TIMEOUT_MS });
    await plain.context.close();

    const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce' });
    await context.addInitScript(kioskSettings(20, 2));
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${BASE_URL}?mode=kiosk`);
    await page.click('.kiosk-attract');
    await page.locator('[data-action="labels"]').waitFor();
    expect(await page.locator('[data-action="doctor"]').count()).toBe(0);

    // The doctor opens them from the clinic settings: the panel shows at once, over no dialog.
    await openClinicSettings(page);
    await page.click('[data-action="open-doctor-tools"]');
    await page.locator('.doctor-panel').waitFor();
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.locator('[data-action="doctor"]').getAttribute('aria-pressed')).toBe('true');
    await page.click('[data-action="add-mark"]');
    await page.locator('[data-list="marks"] [data-mark]').waitFor();
    // Closed, they stay in reach for the rest of the visit.
    await page.click('[data-action="close-doctor"]');
    expect(await page.locator('[data-action="doctor"]').getAttribute('aria-pressed')).toBe('false');

    // Left alone, the tablet resets: the next patient meets no doctor's tools, and the marks are gone.
    await page.locator('[data-kiosk="idle-question"]').waitFor({ timeout: 60_000 });
    await page.locator('.kiosk-attract').waitFor({ timeout: 30_000 });
    await page.click('.kiosk-attract');
    await page.locator('[data-action="labels"]').waitFor();
    expect(await page.locator('[data-action="doctor"], .doctor-panel').count()).toBe(0);
    await openClinicSettings(page);
    await page.click('[data-action="open-doctor-tools"]');
    await page.locator('.doctor-panel').waitFor();
    expect(await page.locator('[data-mark]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, TEST_TIMEOUT_MS);
});

/**
 * A stand-in for the device's speech synthesis: the voices given, utterances recorded, and the test in charge of
 * when each one starts (`__speech.start(i)`).
 */
const STUB_SPEECH = (voices: { lang: string; name: string }[]) => `
  (() => {
    const voices = ${JSON.stringify(voices)}.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name }));
    const log = [];
    let queue = [];
    let cancels = 0;
    class Utterance extends EventTarget {
      constructor(text) { super(); this.text = text; this.voice = null; this.lang = ''; this.rate = 1; }
    }
    class Synthesis extends EventTarget {
      getVoices() { return voices; }
      speak(u) { log.push(u); queue.push(u); }
      cancel() { cancels++; const dropped = queue; queue = []; for (const u of dropped) u.onerror?.(new Event('error')); }
      get speaking() { return queue.length > 0; }
      get pending() { return queue.length > 0; }
      get paused() { return false; }
      pause() {}
      resume() {}
    }
    Object.defineProperty(window, 'speechSynthesis', { value: new Synthesis(), configurable: true });
    window.SpeechSynthesisUtterance = Utterance;
    window.__speech = {
      texts: () => log.map((u) => u.text),
      langs: () => log.map((u) => u.voice && u.voice.lang),
      queued: () => queue.length,
      cancels: () => cancels,
      start: (i) => log[i].onstart?.(new Event('start')),
    };
  })();
`;

const highlighted = (page: Page) =>
  page.evaluate(() => {
    const mark = CSS.highlights.get('read-aloud');
    return mark ? [...mark].map((range) => range.toString()) : [];
  }, TEST_TIMEOUT_MS);

describe('reading a step aloud', () => {
  const first = STEPS[0]!.id;
  const second = STEPS[1]!.id;
  const sentences = (id: string, locale: 'zh-TW' | 'en') => stepSentences(stepText(id, locale)!, locale);

  it('is hidden where the device has no voice for the language', async () => {
    const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce' });
    await context.addInitScript(STUB_SPEECH([{ lang: 'zh-CN', name: 'mainland' }]));
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}?step=${first}`);
    await page.locator('.story-step').waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('[data-action="read-aloud"]').count()).toBe(0);
    await context.close();
  }, TEST_TIMEOUT_MS);

  it('reads the step in a Taiwan voice sentence by sentence, marks the one being read, and stops on a new step or language', async () => {
    const context = await browser.newContext({ viewport: TABLET, reducedMotion: 'reduce' });
    await context.addInitScript(STUB_SPEECH([{ lang: 'zh-TW', name: 'Mei-Jia' }, { lang: 'en-US', name: 'Samantha' }]));
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}?step=${first}`);
    const button = page.locator('[data-action="read-aloud"]');
    await button.waitFor({ timeout: 30_000 });
    // Never by itself.
    expect(await page.evaluate(() => window.__speech.texts())).toEqual([]);

    await button.click();
    const expected = sentences(first, 'zh-TW');
    expect(await page.evaluate(() => window.__speech.texts())).toEqual(expected);
    expect(new Set(await page.evaluate(() => window.__speech.langs()))).toEqual(new Set(['zh-TW']));
    await page.evaluate(() => window.__speech.start(0));
    await poll(() => highlighted(page)).toEqual([expected[0]]);
    await page.evaluate(() => window.__speech.start(2));
    await poll(() => highlighted(page)).toEqual([expected[2]]);
    expect(await button.getAttribute('aria-pressed')).toBe('true');

    // The next step: the reading stops, the mark goes, nothing new starts.
    const cancels = await page.evaluate(() => window.__speech.cancels());
    await page.click('.story-nav__button--next');
    await poll(() => page.evaluate(() => window.__speech.queued())).toBe(0);
    expect(await page.evaluate(() => window.__speech.cancels())).toBeGreaterThan(cancels);
    await poll(() => highlighted(page)).toEqual([]);
    expect(await page.evaluate(() => window.__speech.texts())).toHaveLength(expected.length);

    // English is read in the English voice; switching the language stops it.
    await page.click('[data-action="locale"]');
    await button.click();
    const english = sentences(second, 'en');
    expect((await page.evaluate(() => window.__speech.texts())).slice(expected.length)).toEqual(english);
    expect(new Set((await page.evaluate(() => window.__speech.langs())).slice(expected.length))).toEqual(new Set(['en-US']));
    await page.evaluate((i) => window.__speech.start(i), expected.length + 1);
    await poll(() => highlighted(page)).toEqual([english[1]]);
    await page.click('[data-action="locale"]');
    await poll(() => page.evaluate(() => window.__speech.queued())).toBe(0);
    await poll(() => highlighted(page)).toEqual([]);
    await context.close();
  }, TEST_TIMEOUT_MS);
});

declare global {
  interface Window {
    __wakeLock: { requests: () => number; drop: () => void };
    __speech: {
      texts: () => string[];
      langs: () => (string | null)[];
      queued: () => number;
      cancels: () => number;
      start: (index: number) => void;
    };
  }
}
