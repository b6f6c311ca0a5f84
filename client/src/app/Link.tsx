// A link inside the page: a real <a href> (so it can be opened in a new tab or copied) that
// changes the view without reloading.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './use-location';

export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { onClick, ...rest } = props;
  return (
    <a
      {...rest}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (
          event.defaultPrevented ||
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        )
          return;
        event.preventDefault();
        navigate(props.href);
        window.scrollTo(0, 0);
      }}
    />
  );
}
