export function RaciMatrix() {
  return <p>Coming soon.</p>;
}
