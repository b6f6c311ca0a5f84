// A node type's shape in its colour, as drawn on the graph: used by the legend and the filters.
import { nodeTypeStyle } from './node-types';
import { shapePath } from './shape-path';

export function TypeSwatch({ type, size = 18 }: { type: string; size?: number }) {
  const style = nodeTypeStyle(type);
  return (
    <svg
      className="swatch"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      <path d={shapePath(style.shape, 20)} fill={style.colour} stroke="#1b1f24" strokeWidth="1.2" />
    </svg>
  );
}
