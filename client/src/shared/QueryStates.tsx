// Loading, error and empty states that say what is happening and what to do next.
import type { ReactNode } from 'react';
import { describeError } from './describe-error';

export function Loading({ children }: { children: ReactNode }) {
  return (
    <p className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" /> {children}
    </p>
  );
}

export function ErrorNotice(props: { error: unknown; what: string; onRetry?: () => void }) {
  const d = describeError(props.error);
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>Could not {props.what}.</strong> {d.message}
      </p>
      <p>{d.action}</p>
      {props.onRetry ? (
        <button type="button" onClick={props.onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}
