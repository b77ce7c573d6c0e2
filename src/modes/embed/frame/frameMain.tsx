import { mountApp } from '../../../mountApp';
import { parseMode } from '../../../story/mode';
import { installOpaqueOriginModels } from './opaqueOriginModels';

/**
 * The app's entry in the embed frame (a classic script, loaded by the shell when the reader comes near or taps):
 * the same app, in embed mode unless the address says otherwise.
 */
installOpaqueOriginModels();
mountApp(parseMode(window.location.search, 'embed'));
