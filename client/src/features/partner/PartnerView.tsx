export function PartnerView() {
  return <p>Coming soon.</p>;
}
