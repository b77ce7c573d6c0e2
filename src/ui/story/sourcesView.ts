/** `?sources=doctor` shows how far each reference was verified; patients see only what was confirmed. */
export type SourcesView = 'patient' | 'doctor';

export function sourcesView(search: string): SourcesView {
  return new URLSearchParams(search).get('sources') === 'doctor' ? 'doctor' : 'patient';
}

export function currentSourcesView(): SourcesView {
  return typeof window === 'undefined' ? 'patient' : sourcesView(window.location.search);
}
