export function Findings() {
  return <p>Coming soon.</p>;
}
