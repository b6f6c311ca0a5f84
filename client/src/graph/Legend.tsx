// The legend: every node type as shape and colour, the RACI line styles, and what highlighting,
// fading and dead ends look like. The same table drives the graph's stylesheet.
import { NODE_TYPES } from './node-types';
import { RACI_LETTERS, RACI_LINE_STYLES, RACI_NAMES } from './edge-types';
import { TypeSwatch } from './TypeSwatch';

function LineSample({ letter }: { letter: (typeof RACI_LETTERS)[number] }) {
  const s = RACI_LINE_STYLES[letter];
  const dash = s.lineStyle === 'dashed' ? '6 3' : s.lineStyle === 'dotted' ? '1.5 3' : undefined;
  return (
    <svg width="36" height="12" aria-hidden="true" focusable="false">
      <line
        x1="0"
        y1="6"
        x2="30"
        y2="6"
        stroke={s.colour}
        strokeWidth={s.width}
        strokeDasharray={dash}
      />
      {s.arrow === 'triangle' ? <path d="M29,2 L36,6 L29,10 Z" fill={s.colour} /> : null}
      {s.arrow === 'diamond' ? <path d="M28,6 L32,2 L36,6 L32,10 Z" fill={s.colour} /> : null}
      {s.arrow === 'circle' ? <circle cx="32" cy="6" r="3.5" fill={s.colour} /> : null}
      {s.arrow === 'tee' ? <rect x="31" y="1" width="3" height="10" fill={s.colour} /> : null}
    </svg>
  );
}

export function Legend(props: {
  types?: readonly string[];
  counts?: ReadonlyMap<string, number>;
  extra?: 'dead-end';
  /** Show the RACI line styles (not on drawings without RACI links). */
  raci?: boolean;
}) {
  const types = props.types ?? NODE_TYPES.map((t) => t.type);
  return (
    <section className="legend" aria-label="Legend">
      <h3>Legend</h3>
      {types.length > 0 ? (
        <ul className="legend-types">
          {types.map((type) => {
            const t = NODE_TYPES.find((n) => n.type === type);
            return (
              <li key={type}>
                <TypeSwatch type={type} /> {t?.label ?? type}
                {props.counts ? (
                  <span className="legend-count"> {props.counts.get(type) ?? 0}</span>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <ul className="legend-lines">
        {((props.raci ?? true) ? RACI_LETTERS : []).map((l) => (
          <li key={l}>
            <LineSample letter={l} /> {l} {RACI_NAMES[l]}
          </li>
        ))}
        <li>
          <svg width="36" height="12" aria-hidden="true" focusable="false">
            <line x1="0" y1="6" x2="36" y2="6" stroke="#aab2bd" strokeWidth="1.5" />
          </svg>{' '}
          other link
        </li>
        {props.extra === 'dead-end' ? (
          <li>
            <svg width="20" height="20" aria-hidden="true" focusable="false">
              <rect
                x="2"
                y="2"
                width="16"
                height="16"
                fill="#fff"
                stroke="#D55E00"
                strokeWidth="1.5"
              />
              <rect
                x="5"
                y="5"
                width="10"
                height="10"
                fill="#fff"
                stroke="#D55E00"
                strokeWidth="1.5"
              />
            </svg>{' '}
            dead end
          </li>
        ) : null}
      </ul>
    </section>
  );
}
