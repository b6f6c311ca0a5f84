// The application shell. Views live in src/features/<view>/; this page starts with the overview.
import { Overview } from './features/overview/Overview';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Homelessness system map</h1>
        <p className="tagline">
          Who does what for whom, across the city&apos;s homelessness response.
        </p>
      </header>
      <main>
        <Overview />
      </main>
    </div>
  );
}
