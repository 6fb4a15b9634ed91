/** The side panel root. */
export function App() {
  return (
    <main>
      <h1>Parallax</h1>
    </main>
  );
}
