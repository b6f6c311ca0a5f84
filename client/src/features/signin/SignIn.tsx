export function SignIn() {
  return <p>Coming soon.</p>;
}
