import type { CommandFindings } from './embedMessages';
import type { Findings } from './findings';
import { CASCADE_PARAM, FACETS_PARAM, LSTV_PARAM, parseFindings } from './findingsUrl';

/**
 * The findings of a host's `setFindings` command, read exactly as the same parts of an address would be. Unlike an
 * address, a command is all or nothing: if any part cannot be read, nothing changes (`malformed`).
 */
export function findingsFromCommand(parts: CommandFindings | null): { findings: Findings | null; malformed: boolean } {
  if (parts === null) return { findings: null, malformed: false };
  const params = new URLSearchParams();
  if (parts.lstv !== undefined) params.set(LSTV_PARAM, parts.lstv);
  if (parts.facets !== undefined) params.set(FACETS_PARAM, parts.facets);
  if (parts.cascade !== undefined) params.set(CASCADE_PARAM, parts.cascade);
  if ([...params.keys()].length === 0) return { findings: null, malformed: false };
  const { findings, malformed } = parseFindings(`?${params.toString()}`);
  return malformed || findings === null ? { findings: null, malformed: true } : { findings, malformed: false };
}
