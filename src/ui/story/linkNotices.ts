import { isLocale } from '../../content/locale';
import type { NoticeKey } from '../../content/story';
import { LOCALE_PARAM, parseLocation } from '../../story/url';

/**
 * The calm notices for a broken deep link, read from the address the page was opened or navigated back to: a step or
 * findings or a compare choice that could not be read, or a language the guide does not offer. The 3D panel and the text-only
 * page show the same ones.
 */
export function linkNotices(search: string): NoticeKey[] {
  const { notice, findingsNotice, compareNotice } = parseLocation(search);
  const rawLocale = new URLSearchParams(search).get(LOCALE_PARAM);
  const localeNotice: NoticeKey | null = rawLocale !== null && !isLocale(rawLocale) ? 'unknown-language' : null;
  return [notice, findingsNotice, compareNotice, localeNotice].filter((key) => key !== null);
}
