import { mountApp } from './mountApp';
import { parseMode } from './story/mode';
import { startServiceWorker } from './ui/serviceWorker';

mountApp(parseMode(window.location.search));
void startServiceWorker();
