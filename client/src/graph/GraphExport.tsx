// Export buttons for a drawn graph: a PNG picture, an SVG drawing, or the Cytoscape JSON
// (elements with their positions) that Cytoscape or Cytoscape Desktop can open again.
import type { Core } from 'cytoscape';
import { downloadFile, fileNameFor } from '../shared/download';

export function GraphExport({ cy, title }: { cy: Core | null; title: string }) {
  const disabled = !cy || cy.nodes().empty();
  return (
    <div className="button-row" role="group" aria-label="Export the graph">
      <span className="button-row-label">Export graph:</span>
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          if (!cy) return;
          const blob = cy.png({
            output: 'blob',
            full: true,
            scale: 2,
            bg: '#ffffff',
            maxWidth: 8000,
            maxHeight: 8000,
          });
          downloadFile(fileNameFor(title, 'png'), blob);
        }}
      >
        PNG
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() =>
          cy &&
          downloadFile(
            fileNameFor(title, 'svg'),
            cy.svg({ full: true, bg: '#ffffff' }),
            'image/svg+xml',
          )
        }
      >
        SVG
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() =>
          cy &&
          downloadFile(
            fileNameFor(title, 'cyjs.json'),
            JSON.stringify(cy.json(), null, 2),
            'application/json',
          )
        }
      >
        Cytoscape JSON
      </button>
    </div>
  );
}
