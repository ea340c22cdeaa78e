import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { PortalShells } from '../App';
import { loadAllPages } from '../lazy-page';
import { loadEnglish } from '../providers/i18n';

// Pages and the English texts are lazy chunks in the app; tests should not wait for them.
await Promise.all([loadAllPages(), loadEnglish()]);

/** Renders the whole portal (providers + routes) at `path`, with a fresh query cache. */
export const renderPortal = (path: string) => {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  return render(
    <MemoryRouter initialEntries={[path]}>
      <PortalShells queryClient={queryClient} />
    </MemoryRouter>,
  );
};
