import '@/app/global.css';
import '@/shared/i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '@/app/providers';
import { AppRouter } from '@/app/router';
import { installImeEnterGuard } from '@/shared/ui/ime-enter-guard';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

installImeEnterGuard();

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <AppRouter />
    </AppProviders>
  </StrictMode>,
);
