// Evidence pack: choose the whole plan, an objective or a client group; preview the pack as the
// server renders it; download it as Markdown or CSV, or print it (to paper or PDF).
import { useMemo, useRef, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useUrlState } from '../../app/use-location';
import { downloadFile } from '../../shared/download';
import { describeError } from '../../shared/describe-error';
import { useElapsedSeconds } from '../../shared/use-elapsed-seconds';
import { Empty, ErrorNotice } from '../../shared/QueryStates';
import { EVIDENCE_PACK_QUERY, SCOPE_CHOICES_QUERY, type PackFormat } from './evidence.query';
import {
  EVERY_PLAN,
  packVariables,
  parseEvidenceState,
  serialiseEvidenceState,
} from './evidence-state';
import { planFirstOptions, scopeChoices } from './scope-choices';

export function EvidencePack() {
  const [state, setState] = useUrlState(parseEvidenceState, serialiseEvidenceState);
  const client = useApolloClient();
  const choices = useQuery(SCOPE_CHOICES_QUERY);
  const plans = choices.data?.plans.length ?? null;
  const htmlVariables = packVariables(state, 'html', plans);
  const preview = useQuery(EVIDENCE_PACK_QUERY, {
    variables: htmlVariables ?? { scope: 'plan', format: 'html' },
    skip: !htmlVariables,
  });
  const seconds = useElapsedSeconds(preview.loading);
  const frame = useRef<HTMLIFrameElement>(null);
  const [downloading, setDownloading] = useState<PackFormat | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  async function download(format: PackFormat) {
    const variables = packVariables(state, format, plans);
    if (!variables) return;
    setDownloading(format);
    setDownloadError(null);
    try {
      const { data } = await client.query({
        query: EVIDENCE_PACK_QUERY,
        variables,
        fetchPolicy: 'network-only',
      });
      if (data)
        downloadFile(
          data.evidencePack.fileName,
          data.evidencePack.content,
          data.evidencePack.mediaType.split(';')[0],
        );
    } catch (error) {
      setDownloadError(error);
    } finally {
      setDownloading(null);
    }
  }

  // The field's options: what no choice means (or asks for), then the plans, objectives or groups.
  const options = useMemo(
    () => [
      ...(state.scope === 'plan'
        ? planFirstOptions(plans, EVERY_PLAN)
        : [{ key: '', name: 'Choose…' }]),
      ...scopeChoices(state.scope, choices.data),
    ],
    [state.scope, plans, choices.data],
  );
  const doc = preview.data?.evidencePack;

  return (
    <div className="evidence">
      <div className="view-header">
        <h2>Evidence pack</h2>
        <p>
          Findings, current provision, partners, measures and dates for a funding bid, with the
          source of every fact.
        </p>
      </div>
      <form
        className="evidence-controls"
        aria-label="Choose the pack"
        onSubmit={(e) => e.preventDefault()}
      >
        <fieldset className="inline-checks">
          <legend>For</legend>
          {(
            [
              ['plan', 'The whole plan'],
              ['objective', 'An objective'],
              ['clientGroup', 'A client group'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="scope"
                checked={state.scope === value}
                onChange={() => setState({ scope: value, key: null })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <label className="inline-field">
          {state.scope === 'objective'
            ? 'Objective'
            : state.scope === 'clientGroup'
              ? 'Client group'
              : 'Plan'}{' '}
          <select
            value={state.key ?? ''}
            onChange={(e) => setState({ key: e.target.value || null })}
          >
            {options.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          As at{' '}
          <input
            type="date"
            value={state.today ?? ''}
            onChange={(e) => setState({ today: e.target.value || null })}
          />
        </label>
        <div className="button-row">
          <button
            type="button"
            onClick={() => void download('md')}
            disabled={!htmlVariables || downloading !== null}
          >
            {downloading === 'md' ? 'Preparing…' : 'Download Markdown'}
          </button>
          <button
            type="button"
            onClick={() => void download('csv')}
            disabled={!htmlVariables || downloading !== null}
          >
            {downloading === 'csv' ? 'Preparing…' : 'Download CSV'}
          </button>
          <button
            type="button"
            onClick={() => void download('html')}
            disabled={!htmlVariables || downloading !== null}
          >
            {downloading === 'html' ? 'Preparing…' : 'Download HTML'}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => frame.current?.contentWindow?.print()}
            disabled={!doc}
          >
            Print or save as PDF
          </button>
        </div>
      </form>
      {downloadError ? (
        <p className="state state-error" role="alert">
          The download failed: {describeError(downloadError).message}{' '}
          {describeError(downloadError).action}
        </p>
      ) : null}
      {choices.error && !choices.data ? (
        <ErrorNotice
          error={choices.error}
          what="load the plans, objectives and client groups"
          onRetry={() => void choices.refetch()}
        />
      ) : !htmlVariables ? (
        <Empty>
          <p>
            {state.scope === 'plan'
              ? plans === null
                ? 'Loading the plans…'
                : `Choose a plan to preview its pack, or every plan (the pack of all ${plans} takes a while to prepare).`
              : `Choose ${state.scope === 'objective' ? 'an objective' : 'a client group'} to preview its pack.`}
          </p>
        </Empty>
      ) : preview.loading && !doc ? (
        <p className="state state-loading" role="status">
          <span className="spinner" aria-hidden="true" /> Preparing the evidence pack: running the
          analysis and gathering provision, partners and measures…{' '}
          {seconds > 1 ? `${seconds} s` : ''}
        </p>
      ) : preview.error && !doc ? (
        <ErrorNotice
          error={preview.error}
          what="prepare the evidence pack"
          onRetry={() => void preview.refetch()}
        />
      ) : doc ? (
        <iframe
          ref={frame}
          className="pack-preview"
          title={`Preview: ${doc.fileName}`}
          // No scripts run inside; same origin only so that Print can reach it.
          sandbox="allow-same-origin allow-modals"
          srcDoc={doc.content}
        />
      ) : null}
    </div>
  );
}
