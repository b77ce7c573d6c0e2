import { create } from 'zustand';

/** Bytes of one download so far; total is 0 while the server has not said. */
export interface Download {
  loaded: number;
  total: number;
}

/**
 * How far the 3D scene has come: each model download by name (a light model and then a full one each report here),
 * and whether the first frame with the model is drawn. The loading notice reads it.
 */
export interface LoadProgress {
  downloads: Readonly<Record<string, Download>>;
  firstFrame: boolean;
}

export const useLoadProgress = create<LoadProgress>()(() => ({ downloads: {}, firstFrame: false }));

export function reportDownload(name: string, loaded: number, total: number): void {
  useLoadProgress.setState((s) => ({ downloads: { ...s.downloads, [name]: { loaded, total } } }));
}

export function reportFirstFrame(): void {
  if (!useLoadProgress.getState().firstFrame) useLoadProgress.setState({ firstFrame: true });
}
