/** The default model, served from our own origin (relative to the page, so the site works under any path). */
export const DEFAULT_MODEL_URL = `${import.meta.env.BASE_URL}models/lumbar-spine.glb`;
