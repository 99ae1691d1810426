import { useState } from 'react';
import { graphql } from '../gql';
import type { DdexDealsMutation } from '../gql/graphql';
import { request } from '../api/client';
import { Message } from './Message';
import { useAction } from './useAsync';

const DdexDeals = graphql(`
  mutation DdexDeals($xml: String!, $side: RightsSide) {
    importDdexDeals(xml: $xml, side: $side) {
      releases
      grantsCreated
      grantsReplaced
      unknownIsrcs
      ignoredUseTypes
      tracks {
        id
        title
      }
      takenDown {
        id
        title
      }
      restored {
        id
        title
      }
    }
  }
`);

/** A DDEX ERN 4 NewReleaseMessage's deals: each release's deals replace its earlier ones. */
export function DdexImport() {
  const [xml, setXml] = useState('');
  const [side, setSide] = useState<'BOTH' | 'MASTER' | 'PUBLISHING'>('BOTH');
  const [report, setReport] = useState<DdexDealsMutation['importDdexDeals'] | null>(null);
  const action = useAction();
  return (
    <section aria-labelledby="import-ddex">
      <h2 id="import-ddex">Import DDEX deals (ERN 4)</h2>
      <div className="fields">
        <label className="field" htmlFor="ddex-file">
          Message file
          <input
            id="ddex-file"
            type="file"
            accept=".xml,application/xml,text/xml"
            onChange={async (event) => setXml((await event.target.files?.[0]?.text()) ?? '')}
          />
        </label>
        <label className="field" htmlFor="ddex-side">
          The deals clear
          <select
            id="ddex-side"
            value={side}
            onChange={(event) => setSide(event.target.value as typeof side)}
          >
            <option value="BOTH">both sides (a one-stop catalog)</option>
            <option value="MASTER">the master side</option>
            <option value="PUBLISHING">the publishing side</option>
          </select>
        </label>
      </div>
      <label className="field" htmlFor="ddex-xml">
        Or paste the XML
        <textarea id="ddex-xml" rows={6} value={xml} onChange={(event) => setXml(event.target.value)} />
      </label>
      <button
        type="button"
        disabled={action.busy}
        onClick={() =>
          void action.act(async () => {
            if (!xml.trim()) throw new Error('Choose or paste a NewReleaseMessage.');
            const { importDdexDeals } = await request(DdexDeals, { xml, side });
            setReport(importDdexDeals);
            return `Replaced the deals of ${importDdexDeals.releases.length} release(s): ${importDdexDeals.grantsCreated} grant(s) created, ${importDdexDeals.grantsReplaced} replaced.`;
          })
        }
      >
        Import deals
      </button>
      <Message status={action.status} />
      {report && (
        <ul>
          <li>Tracks: {report.tracks.map((t) => t.title).join(', ') || 'none'}</li>
          <li>Taken down: {report.takenDown.map((t) => t.title).join(', ') || 'none'}</li>
          <li>Restored: {report.restored.map((t) => t.title).join(', ') || 'none'}</li>
          {report.unknownIsrcs.length > 0 && (
            <li className="message message-error">Unknown ISRCs: {report.unknownIsrcs.join(', ')}</li>
          )}
          {report.ignoredUseTypes.length > 0 && (
            <li className="muted">Ignored UseTypes: {report.ignoredUseTypes.join(', ')}</li>
          )}
        </ul>
      )}
    </section>
  );
}
