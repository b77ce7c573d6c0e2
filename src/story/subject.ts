import { SUBJECT_REGIONS, type SceneState, type SubjectRegion } from './sceneState';

const isRegion = (id: string): id is SubjectRegion => id in SUBJECT_REGIONS;

/** The structure ids a scene state's subject stands for: its regions expanded, the whole lumbar spine when empty. */
export function subjectStructureIds(state: Pick<SceneState, 'subject'>): string[] {
  const parts = state.subject.length > 0 ? state.subject : ['lumbar-spine'];
  return [...new Set(parts.flatMap((id) => (isRegion(id) ? [...SUBJECT_REGIONS[id]] : [id])))];
}
