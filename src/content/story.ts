import type { Locale } from './locale';
import { panelEn } from './panel.en';
import { panelZhTW, type NoticeKey as PanelNoticeKey, type PanelText as PanelBaseText } from './panel.zh-TW';
import { scenesEn } from './scenes.en';
import { scenesZhTW, type ScenesText } from './scenes.zh-TW';
import { storyEn } from './story.en';
import { storyZhTW, type StoryText } from './story.zh-TW';
import { tablesEn } from './tables.en';
import { tablesZhTW, type TablesText } from './tables.zh-TW';

/** All story prose by locale: the one place the UI reads step text, tables and panel words from. */
export const STORY_TEXT: Record<Locale, StoryText> = { 'zh-TW': storyZhTW, en: storyEn };
export const TABLES_TEXT: Record<Locale, TablesText> = { 'zh-TW': tablesZhTW, en: tablesEn };

/** A notice for a deep link: the panel's own, and those of the scene's link parts (scenes.*.ts). */
export type NoticeKey = PanelNoticeKey | keyof ScenesText['notices'];
export type PanelText = Omit<PanelBaseText, 'notices'> & { readonly notices: Readonly<Record<NoticeKey, string>> };

const withSceneNotices = (panel: PanelBaseText, scenes: ScenesText): PanelText => ({ ...panel, notices: { ...panel.notices, ...scenes.notices } });
export const PANEL_TEXT: Record<Locale, PanelText> = { 'zh-TW': withSceneNotices(panelZhTW, scenesZhTW), en: withSceneNotices(panelEn, scenesEn) };

export type { RedFlagId } from './panel.zh-TW';
export type { StepId, StoryText } from './story.zh-TW';
export type { TableId, TablesText } from './tables.zh-TW';

/** One step's text with the optional parts made explicit, for code that handles any step. */
export interface StepTextEntry {
  readonly title: string;
  readonly body: string;
  readonly keyPoints?: readonly string[];
}

/** The text of a step in a locale; undefined only for an id that has no step. */
export function stepText(id: string, locale: Locale): StepTextEntry | undefined {
  const steps: Readonly<Record<string, StepTextEntry>> = STORY_TEXT[locale].steps;
  return steps[id];
}
