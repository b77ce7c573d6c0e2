import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startServiceWorker } from './ui/serviceWorker';
import { applyLocation } from './ui/useUrlSync';
import './ui/app.css';

applyLocation(window.location.search);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void startServiceWorker();
