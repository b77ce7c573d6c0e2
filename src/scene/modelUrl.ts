/** The default model, served from our own origin (relative to the page, so the site works under any path). */
export const DEFAULT_MODEL_URL = `${import.meta.env.BASE_URL}models/lumbar-spine.glb`;

/** A variant glb, named by its path relative to public/models/ (variants/variantStructures.ts). */
export const variantModelUrl = (model: string): string => `${import.meta.env.BASE_URL}models/${model}`;
