import type { EmbedCommand, EmbedCommandName, EmbedErrorCode } from '../../story/embedMessages';

/**
 * Inside the embed frame, two scripts share one document: the small shell (poster, host messages) and the app it
 * loads. They talk through these DOM events on `document`, which nothing outside the frame can dispatch.
 */
export const SHELL_EVENTS = {
  /** shell → app: a host command that passed validation. */
  command: 'facet-explainer-frame:command',
  /** app → shell: the app listens now; commands go to it from here on. */
  attached: 'facet-explainer-frame:attached',
  /** app → shell: the step or language the reader sees now. */
  state: 'facet-explainer-frame:state',
  /** app → shell: the app shows something the poster may uncover (the drawn scene, or text without it). */
  shown: 'facet-explainer-frame:shown',
  /** app → shell: a command the app could not carry out, or a scene that failed. */
  error: 'facet-explainer-frame:error',
} as const;

export interface StepState {
  step: string;
  index: number;
  lang: string;
}

export interface ShownDetail {
  view: 'scene' | 'text' | 'failed';
}

export interface ErrorDetail {
  code: EmbedErrorCode;
  command?: EmbedCommandName;
}

export function sendToApp(command: EmbedCommand): void {
  document.dispatchEvent(new CustomEvent(SHELL_EVENTS.command, { detail: command }));
}

export function sendToShell(type: 'attached'): void;
export function sendToShell(type: 'state', detail: StepState): void;
export function sendToShell(type: 'shown', detail: ShownDetail): void;
export function sendToShell(type: 'error', detail: ErrorDetail): void;
export function sendToShell(type: Exclude<keyof typeof SHELL_EVENTS, 'command'>, detail?: unknown): void {
  document.dispatchEvent(new CustomEvent(SHELL_EVENTS[type], { detail }));
}

/** Listens to one event of the channel; returns the function that stops listening. */
export function onChannel<T>(type: keyof typeof SHELL_EVENTS, listener: (detail: T) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<T>).detail);
  document.addEventListener(SHELL_EVENTS[type], handler);
  return () => document.removeEventListener(SHELL_EVENTS[type], handler);
}
