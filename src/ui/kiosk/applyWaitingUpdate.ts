/**
 * On the clinic tablet a new version waits through a visit (serviceWorker.ts) and applies at the reset between
 * patients: where an update is waiting, the page reloads onto it, already cleared, showing the attract screen.
 */
export async function applyWaitingUpdate(): Promise<void> {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  if (registration?.waiting) window.location.reload();
}
