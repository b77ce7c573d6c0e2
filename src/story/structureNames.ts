import type { Locale } from '../content/locale';
import { structureNamesEn } from '../content/structureNames.en';
import { structureNamesZhTW, type StructureNamesText } from '../content/structureNames.zh-TW';
import { fillTemplate } from '../content/template';
import { STRUCTURE_BY_ID, type StructureName } from '../anatomy/structures';

const TEXT: Record<Locale, StructureNamesText> = { 'zh-TW': structureNamesZhTW, en: structureNamesEn };

/** A word of the names text by key (a template, a plain word, or one from a keyed list); throws on an unknown key. */
function word(words: object, key: string, what: string): string {
  const found = (words as Record<string, unknown>)[key];
  if (typeof found !== 'string') throw new Error(`no structure-name ${what} "${key}"`);
  return found;
}

/** A structure's name in a locale, from its naming recipe (anatomy/structures.ts) and the words in content/. */
export function nameFromRecipe(recipe: StructureName, locale: Locale): string {
  const text = TEXT[locale];
  const values: Record<string, string | number> = {};
  if (recipe.side) values.side = text.side[recipe.side];
  if (recipe.where) values.where = recipe.where;
  if (recipe.segment) values.segment = recipe.segment;
  if (recipe.grade !== undefined) values.grade = recipe.grade;
  if (recipe.name) values.name = word(text, recipe.name, 'word');
  if (recipe.form) values.form = word(text.lstvForm, recipe.form, 'LSTV form');
  if (recipe.part) values.part = word(text.degenerationPart, recipe.part, 'degeneration part');
  if (recipe.template === 'vertebra') return word(text.vertebra, recipe.level ?? '', 'vertebra');
  return fillTemplate(word(text, recipe.template, 'template'), values);
}

/** The name of a structure of the model (or a variant piece) by id, or null for an unknown id. */
export function structureName(id: string, locale: Locale): string | null {
  const info = STRUCTURE_BY_ID.get(id);
  return info ? nameFromRecipe(info.name, locale) : null;
}
