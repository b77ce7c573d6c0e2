/**
 * Step ids appear in URLs (`?step=…`) and in the embed message API, so they are short, lower-case kebab-case
 * and never renamed. In a module of their own, so the embed shell can check an id without the step schema.
 */
export const STEP_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const STEP_ID_MAX_LENGTH = 48;
