export function EvidencePack() {
  return <p>Coming soon.</p>;
}
