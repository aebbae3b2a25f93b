import { createRoot } from 'react-dom/client';
import { ZendeskDesk } from '../../../adapters/zendesk/desk.ts';
import type { ZafClient } from '../../../adapters/zendesk/zaf.ts';
import { App, NoHost } from './App.tsx';
// Garden's component styles come as their own stylesheet, rendered from Garden by the build
// (apps/zendesk/gardenCss.ts, scripts/build/zendesk.ts).
import './app.css';

declare global {
  interface Window {
    ZAFClient?: { init(): ZafClient | false | undefined };
  }
}

const client = window.ZAFClient?.init();
const root = createRoot(document.getElementById('root')!);
root.render(client ? <App desk={new ZendeskDesk(client)} /> : <NoHost />);
