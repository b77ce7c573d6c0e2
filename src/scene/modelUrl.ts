/** The default model, served from our own origin (relative to the page, so the site works under any path). */
export const DEFAULT_MODEL_URL = `${import.meta.env.BASE_URL}models/lumbar-spine.glb`;

/** Its detailed bones and discs, swapped in once the light default model has drawn (scripts/models/spineDocument.ts). */
export const DETAIL_MODEL_URL = `${import.meta.env.BASE_URL}models/lumbar-spine-detail.glb`;

/** A variant glb, named by its path relative to public/models/ (variants/variantStructures.ts). */
export const variantModelUrl = (model: string): string => `${import.meta.env.BASE_URL}models/${model}`;
