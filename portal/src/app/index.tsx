import { useEffect, useState } from 'react';
import { loadConfig, type PortalConfig } from '../config/env.ts';
import { AppProvider } from './provider.tsx';
import { AppRouter } from './router.tsx';

type Loaded = { config: PortalConfig } | { error: string } | undefined;

/** The settings come first (config.json): without them there is no API to ask. */
export function App() {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    loadConfig().then(
      (config) => setLoaded({ config }),
      (error: unknown) => setLoaded({ error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  if (!loaded) return null;
  if ('error' in loaded) {
    // Before the language is known: both, Dutch first.
    return (
      <main className="portal-fatal" role="alert">
        <h1>Het CmK-portaal kan niet starten / The CmK portal cannot start</h1>
        <p>De instellingen konden niet worden geladen. Probeer het later opnieuw. ({loaded.error})</p>
      </main>
    );
  }
  return (
    <AppProvider config={loaded.config}>
      <AppRouter />
    </AppProvider>
  );
}
