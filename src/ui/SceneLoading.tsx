import type { Locale } from '../content/locale';
import type { UiText } from '../content/ui.zh-TW';
import { structureName } from '../story/structureNames';
import { useLoadProgress } from '../state/loadProgress';
import type { SceneState } from '../story/sceneState';
import { subjectStructureIds } from '../story/subject';

interface Props {
  text: UiText;
  locale: Locale;
  state: SceneState;
}

const kilobytes = (bytes: number) => Math.round(bytes / 1024);

/**
 * Between the text appearing and the first 3D frame: how much of the model has arrived (every download that reports,
 * so a light model and then a full one both count) and what the picture will show.
 */
export function SceneLoading({ text, locale, state }: Props) {
  const { downloads, firstFrame } = useLoadProgress();
  if (firstFrame) return null;
  const all = Object.values(downloads);
  const loaded = all.reduce((sum, d) => sum + d.loaded, 0);
  const total = all.reduce((sum, d) => sum + d.total, 0);
  const known = total > 0 && all.every((d) => d.total > 0);
  const share = known ? Math.min(1, loaded / total) : null;
  const coming = (state.labels.length > 0 ? state.labels : subjectStructureIds(state))
    .map((id) => structureName(id, locale))
    .filter((name) => name !== null)
    .join(locale === 'zh-TW' ? '、' : ', ');
  return (
    <div className="scene-loading" role="status" data-loading={share === null ? 'code' : 'model'}>
      <p className="scene-loading__title">{text.loading}</p>
      <progress className="scene-loading__bar" max={1} value={share ?? undefined} />
      <p className="scene-loading__bytes">
        {share === null ? '…' : `${Math.round(share * 100)}% · ${kilobytes(loaded)} / ${kilobytes(total)} KB`}
      </p>
      {coming && (
        <p className="scene-loading__coming">
          {text.loadingComing}
          {coming}
        </p>
      )}
    </div>
  );
}
