export function Timeline() {
  return <p>Coming soon.</p>;
}
