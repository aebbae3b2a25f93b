import { createRoot } from 'react-dom/client';
import '@freshworks/crayons/css/crayons-min.css';
import 'crayons-components.css';
import { FreshdeskDesk } from '../../../adapters/freshdesk/desk.ts';
import type { FreshdeskClient } from '../../../adapters/freshdesk/fdk.ts';
import { App, NoHost } from './App.tsx';
import './app.css';

declare global {
  interface Window {
    /** Defined by the FDK's app client script ({{{appclient}}} in app/index.html). */
    app?: { initialized(): Promise<FreshdeskClient> };
  }
}

const root = createRoot(document.getElementById('root')!);
if (!window.app) root.render(<NoHost />);
else
  window.app.initialized().then(
    (client) => root.render(<App desk={new FreshdeskDesk(client)} />),
    () => root.render(<NoHost />),
  );
