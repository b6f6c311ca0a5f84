// The button under a long list that draws the next part of it: a national graph gives lists of
// thousands (findings, table rows) that would take the browser seconds to draw at once.
export function ShowMore(props: {
  shown: number;
  total: number;
  step: number;
  /** What the list holds, plural: `findings`, `rows`. */
  what: string;
  /** The button's words when a step is not a count (whole months): `Show later months`. */
  label?: string;
  onMore(): void;
}) {
  const rest = props.total - props.shown;
  if (rest <= 0) return null;
  return (
    <p className="show-more">
      <button type="button" onClick={props.onMore}>
        {props.label ?? `Show ${Math.min(props.step, rest)} more`}
      </button>{' '}
      ({rest} {props.what} not shown yet)
    </p>
  );
}
