export function ImportPlan() {
  return <p>Coming soon.</p>;
}
