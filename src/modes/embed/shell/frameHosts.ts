/**
 * The pages around the frame, as far as the browser tells: `location.ancestorOrigins` (nearest first) where it
 * exists, else the referrer's origin for the parent alone. Null when the frame is framed but its hosts are unknown;
 * empty when it is not framed at all.
 */
export function hostOrigins(): string[] | null {
  if (window.parent === window) return [];
  const ancestors = window.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return [...ancestors];
  try {
    return document.referrer ? [new URL(document.referrer).origin] : null;
  } catch {
    return null;
  }
}
