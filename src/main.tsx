import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app.tsx';
import { parseUrlOptions } from './config/url-options.ts';
import './ui/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App options={parseUrlOptions(window.location.search)} />
    </StrictMode>,
  );
}
