import { mountApp } from './mountApp';
import { startKiosk } from './state/kiosk';
import { deviceStorage, readKioskSettings, resolveKioskMode } from './state/kioskSettings';
import { DEFAULT_KIOSK_SETTINGS } from './story/kioskSettings';
import { parseMode } from './story/mode';
import { startServiceWorker } from './ui/serviceWorker';

const search = window.location.search;
const storage = deviceStorage();
const mode = resolveKioskMode(parseMode(search), search, storage);
if (mode.name === 'kiosk') startKiosk(readKioskSettings(storage) ?? DEFAULT_KIOSK_SETTINGS);
mountApp(mode);
void startServiceWorker();
