import { originAllowed } from '../../../story/embedOrigins';
import { eventMessage, parseCommand, type EmbedCommand, type EmbedEvent } from '../../../story/embedMessages';

/**
 * The frame's one door to its host page: a command counts only when it comes from the parent window, from an
 * allowed origin, and passes `parseCommand`; everything else is dropped without a trace. Events go to the parent
 * only, addressed to its origin where the browser tells it.
 */
export function openHostBridge(allowedOrigins: readonly string[], parentOrigin: string, onCommand: (command: EmbedCommand) => void) {
  const framed = window.parent !== window;
  if (framed) {
    window.addEventListener('message', (event) => {
      if (event.source !== window.parent || !originAllowed(event.origin, allowedOrigins)) return;
      const command = parseCommand(event.data);
      if (command) onCommand(command);
    });
  }
  return (event: EmbedEvent): void => {
    if (framed) window.parent.postMessage(eventMessage(event), parentOrigin);
  };
}
