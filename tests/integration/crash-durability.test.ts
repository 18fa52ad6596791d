/**
 * Durable before broadcast: kill -9 the server while a lead types; after a restart every edit that
 * was acknowledged as saved, or that another client had seen, is still there.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageType } from '../../shared/protocol/messages.js';
import { startChildServer } from '../utils/childServer.js';
import { signIn } from '../utils/http.js';
import { connectClient, sectionParagraphText } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

const dir = mkdtempSync(join(tmpdir(), 'akkoord-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kill -9 of the server', () => {
  it('loses no acknowledged or relayed edit', async () => {
    const dbPath = join(dir, 'akkoord.db');
    const first = await startChildServer(dbPath);
    const lead = await signIn(first, 'lead@justitie.example');
    const reader = await signIn(first, 'reader@binnenland.example');
    const writer = connectClient(first, 'doc:kiv', lead);
    const observer = connectClient(first, 'doc:kiv', reader);
    await waitFor(() => writer.provider.synced && observer.provider.synced, 'sync');

    let acknowledged = -1;
    writer.provider.messageHandlers[MessageType.Saved] = (_encoder, decoder) => {
      acknowledged = Math.max(acknowledged, decoding.readVarUint(decoder));
    };
    const target = sectionParagraphText(writer.doc, 'kiv-2');
    let sent = 0;
    const typing = setInterval(() => {
      for (let burst = 0; burst < 5 && writer.provider.wsconnected; burst++) {
        target.insert(0, `e${sent} `);
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MessageType.SaveCheck);
        encoding.writeVarUint(encoder, sent);
        writer.provider.ws!.send(encoding.toUint8Array(encoder));
        sent++;
      }
    }, 2);
    await waitFor(() => acknowledged >= 150, 'some edits acknowledged');
    first.child.kill('SIGKILL');
    await first.exited;
    clearInterval(typing);
    const seenByObserver = observer.text();
    writer.destroy();
    observer.destroy();
    expect(sent).toBeGreaterThan(acknowledged);

    const second = await startChildServer(dbPath);
    try {
      const cookie = await signIn(second, 'reader@binnenland.example');
      const text = await (await fetch(`${second.url}/api/documents/kiv/text`, { headers: { cookie } })).text();
      for (let i = 0; i <= acknowledged; i++) expect(text, `acknowledged edit e${i}`).toContain(`e${i} `);
      for (const match of seenByObserver.matchAll(/e(\d+) /g)) expect(text, `relayed edit ${match[0]}`).toContain(match[0]);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
