import type { UiText } from '../content/ui.zh-TW';
import { SceneNotice } from './SceneNotice';
import type { VariantNotice } from './useVariantNotice';

/** The calm notice for a variant model that would not load, with "try again" and "close" (full page and widget). */
export function VariantFailureNotice({ text, notice }: { text: UiText; notice: VariantNotice }) {
  if (!notice.shown) return null;
  return (
    <SceneNotice
      kind="variant-error"
      title={text.variantsError.title}
      body={text.variantsError.body}
      actions={[
        { name: 'retry', label: text.notice.retry, onClick: notice.retry },
        { name: 'dismiss', label: text.notice.dismiss, onClick: notice.dismiss },
      ]}
    />
  );
}
