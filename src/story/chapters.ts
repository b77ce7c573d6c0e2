/**
 * Chapters of the guided explanation, in reading order. They follow the sections of the clinic
 * article (../shared/seed/article-zh-TW.txt); titles live in content/, keyed by these ids.
 */
export const CHAPTER_IDS = [
  'summary',
  'why-early',
  'lean-back',
  'telling-apart',
  'treatment',
  'faq',
  'red-flags',
  'conclusion',
  'references',
] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

export interface Chapter {
  id: ChapterId;
  /** Index of the chapter's first step in STEPS. */
  firstStepIndex: number;
  stepIds: readonly string[];
}
