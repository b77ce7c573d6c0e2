import type { Locale } from '../../../content/locale';
import type { Findings } from '../../../story/findings';
import { findingsSearch } from '../../../story/findingsUrl';
import { stepUrl } from '../../../story/url';

/** The full explainer (the site's own page, beside the embed page) at this step, language and findings. */
export function fullExplainerUrl(stepId: string, locale: Locale, findings: Findings | null): string {
  return new URL(`./${findingsSearch(stepUrl('', stepId, locale), findings)}`, window.location.href).href;
}
