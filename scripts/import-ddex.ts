// Imports the deals of DDEX ERN 4 NewReleaseMessage files into the configured catalog database
// (DATABASE_URL, or the embedded one), as importDdexDeals does: each release's deals replace its
// earlier DDEX deals, and a track left without a current deal is taken down. The audit log
// records the changes with source "ddex" and no API key. See docs/rights.md.
//
//   npm run import:ddex -- test/fixtures/ddex/new-release.xml
//   npm run import:ddex -- --side MASTER message1.xml message2.xml
import { readFile } from 'node:fs/promises';
import { GraphQLError } from 'graphql';
import { importDdexDeals } from '../src/catalog/ddex/import-deals.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/open.js';
import { fail, parseCli } from './cli-args.js';

const NAME = 'import:ddex';
const USAGE = 'usage: npm run import:ddex -- [--side BOTH|MASTER|PUBLISHING] FILE...';
const { values, positionals: files } = parseCli(NAME, USAGE, {
  side: { type: 'string', default: 'BOTH' },
});
if (files.length === 0) fail(NAME, `no input files\n${USAGE}`);
const side = values.side;
if (side !== 'BOTH' && side !== 'MASTER' && side !== 'PUBLISHING')
  fail(NAME, `--side must be BOTH, MASTER or PUBLISHING, got ${side}`);

const db = await openDatabase(loadConfig());
try {
  // Files in the order given: a later message for the same release replaces the earlier one's deals.
  for (const file of files) {
    const report = await importDdexDeals(db.database.prisma, await readFile(file, 'utf8'), { side });
    console.log(
      JSON.stringify({
        file,
        releases: report.releases,
        tracks: report.tracks.length,
        grantsCreated: report.grantsCreated,
        grantsReplaced: report.grantsReplaced,
        takenDown: report.takenDown.map((t) => t.isrc),
        restored: report.restored.map((t) => t.isrc),
        unknownIsrcs: report.unknownIsrcs,
        ignoredUseTypes: report.ignoredUseTypes,
      }),
    );
  }
} catch (error) {
  if (error instanceof GraphQLError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`${NAME}: ${(error as Error).message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await db.close();
}
