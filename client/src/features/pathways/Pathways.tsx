export function Pathways() {
  return <p>Coming soon.</p>;
}
