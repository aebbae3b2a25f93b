import { createRoot } from 'react-dom/client';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { ZendeskDesk } from '../../../adapters/zendesk/desk.ts';
import type { ZafClient } from '../../../adapters/zendesk/zaf.ts';
import { App, NoHost } from './App.tsx';
import './app.css';

declare global {
  interface Window {
    ZAFClient?: { init(): ZafClient | false | undefined };
  }
}

const client = window.ZAFClient?.init();
const root = createRoot(document.getElementById('root')!);
root.render(<ThemeProvider>{client ? <App desk={new ZendeskDesk(client)} /> : <NoHost />}</ThemeProvider>);
