import { mountApp } from './mountApp';
import { parseMode } from './story/mode';

mountApp(parseMode(window.location.search));
