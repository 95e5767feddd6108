import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Pusher from 'pusher-js';
import * as Y from 'yjs';
import {
  act,
  book,
  demoBase as base,
  mentor,
  person,
  setBookingLimit,
  slotAt,
  uniqueEmail,
  type Person,
} from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const DAY = 24 * 3_600_000;
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** One participant's editor: a Y.Doc loaded from the service, posting what the service has not seen. */
class Editor {
  doc = new Y.Doc();
  serverVector = new Uint8Array([0]);
  constructor(
    private readonly server: TestServer,
    private readonly who: Person,
    private readonly sessionId: string,
  ) {}
  get text() {
    return this.doc.getText('notes');
  }
  async load() {
    const r = await this.server.api('GET', `${base}/sessions/${this.sessionId}/notes`, { token: await this.who.token() });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    Y.applyUpdate(this.doc, bytes(r.body.state));
    this.serverVector = bytes(r.body.stateVector);
    return r.body;
  }
  async push() {
    const update = Y.encodeStateAsUpdate(this.doc, this.serverVector);
    const r = await this.server.api('POST', `${base}/sessions/${this.sessionId}/notes`, {
      token: await this.who.token(),
      body: { update: b64(update) },
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body;
  }
}

describe('shared session notes (SPEC T4)', () => {
  let server: TestServer;
  let ana: Person;
  let ben: Person;
  let eve: Person;
  let admin: Person;
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
    ana = await mentor(server);
    ben = await person(server, uniqueEmail('ben'), 'Ben Mentee');
    eve = await person(server, uniqueEmail('eve'), 'Eve Outsider');
    admin = await person(server, 'admin@example.com', 'Alex Admin', 'Staff');
  });
  after(() => server.stop());

  let day = 2;
  async function session(confirm = true): Promise<{ id: string; end: string }> {
    const r = await book(server, ben, ana.id, slotAt(server, day++, 10), 60);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    if (confirm) assert.equal((await act(server, ana, r.body.id, 'confirm')).status, 200);
    return r.body;
  }

  it('starts empty and editable, seeded only by the service', async () => {
    const s = await session();
    const notes = await new Editor(server, ben, s.id).load();
    assert.equal(notes.text, '');
    assert.equal(notes.updatedAt, null);
    assert.equal(notes.editable, true);
    assert.equal(notes.editableUntil, new Date(Date.parse(s.end) + 7 * DAY).toISOString());
  });

  it('converges when both participants type at once: nothing lost, nothing duplicated', async () => {
    const s = await session();
    const benEditor = new Editor(server, ben, s.id);
    const anaEditor = new Editor(server, ana, s.id);
    await Promise.all([benEditor.load(), anaEditor.load()]);
    const words: string[] = [];
    // Twelve rounds: each types a word at a random place, then both post at the same time.
    for (let round = 0; round < 12; round++) {
      for (const [editor, who] of [
        [benEditor, 'ben'],
        [anaEditor, 'ana'],
      ] as const) {
        const word = `<${who}${round}>`;
        words.push(word);
        // Between two words, so a word inserted inside another cannot hide it from the count below.
        const current = editor.text.toString();
        const boundaries = [0, ...[...current.matchAll(/>/g)].map((m) => m.index! + 1)];
        editor.text.insert(boundaries[Math.floor(Math.random() * boundaries.length)]!, word);
      }
      const [fromBen, fromAna] = await Promise.all([benEditor.push(), anaEditor.push()]);
      // Each learns what the service holds (as the live event would bring the other's update).
      Y.applyUpdate(benEditor.doc, bytes(fromAna.state));
      Y.applyUpdate(anaEditor.doc, bytes(fromBen.state));
      benEditor.serverVector = bytes(fromBen.stateVector);
      anaEditor.serverVector = bytes(fromAna.stateVector);
    }
    await Promise.all([benEditor.push(), anaEditor.push()]);
    const final = await new Editor(server, ana, s.id).load();
    await Promise.all([benEditor.load(), anaEditor.load()]);
    assert.equal(benEditor.text.toString(), final.text);
    assert.equal(anaEditor.text.toString(), final.text);
    for (const word of words) assert.equal(final.text.split(word).length - 1, 1, `${word} exactly once in ${final.text}`);
    assert.equal(final.text.length, words.join('').length);
  });

  it('merges the same update twice and a reload without duplicating text', async () => {
    const s = await session();
    const editor = new Editor(server, ben, s.id);
    await editor.load();
    editor.text.insert(0, 'Goals: ship the portfolio.');
    await editor.push();
    await editor.push();
    const reloaded = new Editor(server, ben, s.id);
    await reloaded.load();
    reloaded.text.insert(reloaded.text.length, ' Next: mock interview.');
    await reloaded.push();
    const notes = await new Editor(server, ana, s.id).load();
    assert.equal(notes.text, 'Goals: ship the portfolio. Next: mock interview.');
    assert.ok(notes.updatedAt);
  });

  it('shows the notes only to the two participants; admins and other members get 403', async () => {
    const s = await session();
    for (const outsider of [eve, admin]) {
      const read = await server.api('GET', `${base}/sessions/${s.id}/notes`, { token: await outsider.token() });
      assert.equal(read.status, 403);
      assert.equal(read.body.error.code, 'NOT_PARTICIPANT');
      const write = await server.api('POST', `${base}/sessions/${s.id}/notes`, {
        token: await outsider.token(),
        body: { update: b64(Y.encodeStateAsUpdate(new Y.Doc())) },
      });
      assert.equal(write.status, 403);
    }
    assert.equal((await server.api('GET', `${base}/sessions/${s.id}/notes`)).status, 401);
    assert.equal((await server.api('GET', `${base}/sessions/no-such-session-1/notes`, { token: await ben.token() })).status, 404);
  });

  it('keeps the notes readable after the session and read-only 7 days after its end', async () => {
    const s = await session();
    const editor = new Editor(server, ana, s.id);
    await editor.load();
    editor.text.insert(0, 'Kept after the session');
    await editor.push();
    const offset = Date.parse(s.end) + 7 * DAY - server.services.now().getTime();
    server.advanceClock(offset);
    try {
      const later = new Editor(server, ben, s.id);
      const notes = await later.load();
      assert.equal(notes.text, 'Kept after the session');
      assert.equal(notes.editable, false);
      later.text.insert(0, 'Too late: ');
      const r = await server.api('POST', `${base}/sessions/${s.id}/notes`, {
        token: await ben.token(),
        body: { update: b64(Y.encodeStateAsUpdate(later.doc)) },
      });
      assert.equal(r.status, 409);
      assert.equal(r.body.error.code, 'NOTES_READ_ONLY');
    } finally {
      server.advanceClock(-offset);
    }
  });

  it('refuses edits on a pending session and input that is not a Yjs update', async () => {
    const pending = await session(false);
    const r = await server.api('POST', `${base}/sessions/${pending.id}/notes`, {
      token: await ben.token(),
      body: { update: b64(Y.encodeStateAsUpdate(new Y.Doc())) },
    });
    assert.equal(r.status, 409);
    assert.equal(r.body.error.code, 'NOTES_READ_ONLY');
    const s = await session();
    for (const update of ['bm90IGEgeWpzIHVwZGF0ZQ==', 'not base64!']) {
      const bad = await server.api('POST', `${base}/sessions/${s.id}/notes`, { token: await ben.token(), body: { update } });
      assert.equal(bad.status, 400, `${update}: ${JSON.stringify(bad.body)}`);
      assert.equal(bad.body.error.code, 'VALIDATION_FAILED');
    }
  });
});

describe('shared notes travel live to the other participant over private-session-{id}', () => {
  let server: TestServer;
  let ana: Person;
  let ben: Person;
  const sockets: Pusher[] = [];
  before(async () => {
    server = await startTestServer();
    await setBookingLimit(server, 1000);
    ana = await mentor(server);
    ben = await person(server, uniqueEmail('ben'), 'Ben Mentee');
  });
  after(async () => {
    for (const socket of sockets) socket.disconnect();
    await server.stop();
  });

  /** An unmodified pusher-js client of `who`, authorized by the service's channel authorization. */
  async function connect(who: Person): Promise<Pusher> {
    const community = await server.api('GET', base);
    const { key } = community.body.realtime;
    const port = Number(new URL(server.url).port);
    const socket = new Pusher(key, {
      cluster: 'local',
      wsHost: '127.0.0.1',
      wsPort: port,
      forceTLS: false,
      enabledTransports: ['ws'],
      channelAuthorization: {
        endpoint: '',
        transport: 'ajax',
        customHandler: async ({ socketId, channelName }, callback) => {
          const r = await server.api('POST', `${base}/realtime/auth`, {
            token: await who.token(),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            raw: new URLSearchParams({ socket_id: socketId, channel_name: channelName }).toString(),
          });
          if (r.status === 200) callback(null, r.body);
          else callback(new Error(`auth ${r.status}`), null);
        },
      },
    });
    sockets.push(socket);
    return socket;
  }

  function subscribe(socket: Pusher, channel: string, received: unknown[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const ch = socket.subscribe(channel);
      ch.bind('pusher:subscription_succeeded', () => resolve());
      ch.bind('pusher:subscription_error', (e: unknown) => reject(new Error(JSON.stringify(e))));
      ch.bind('notes.updated', (data: unknown) => received.push(data));
    });
  }

  it('sends each merged update to the other side, not back to the socket that posted it', async () => {
    const r = await book(server, ben, ana.id, slotAt(server, 2, 10), 60);
    await act(server, ana, r.body.id, 'confirm');
    server.advanceClock(Date.parse(r.body.start) - server.services.now().getTime());
    const channel = `private-session-${r.body.id}`;
    const [anaSocket, benSocket] = await Promise.all([connect(ana), connect(ben)]);
    const toAna: any[] = [];
    const toBen: any[] = [];
    await Promise.all([subscribe(anaSocket, channel, toAna), subscribe(benSocket, channel, toBen)]);

    const benDoc = new Y.Doc();
    benDoc.getText('notes').insert(0, 'Agenda: portfolio review');
    const posted = await server.api('POST', `${base}/sessions/${r.body.id}/notes`, {
      token: await ben.token(),
      body: { update: b64(Y.encodeStateAsUpdate(benDoc)), socketId: benSocket.connection.socket_id },
    });
    assert.equal(posted.status, 200, JSON.stringify(posted.body));
    const anaDoc = new Y.Doc();
    anaDoc.getText('notes').insert(0, 'Ana: ');
    const answered = await server.api('POST', `${base}/sessions/${r.body.id}/notes`, {
      token: await ana.token(),
      body: { update: b64(Y.encodeStateAsUpdate(anaDoc)), socketId: anaSocket.connection.socket_id },
    });
    assert.equal(answered.status, 200);

    while (toAna.length < 1 || toBen.length < 1) await new Promise((resolve) => setTimeout(resolve, 10));
    // Events on one channel arrive in order: had Ben's own update come back, it would be first.
    assert.equal(toBen[0].by, ana.id);
    assert.equal(toAna[0].by, ben.id);
    Y.applyUpdate(anaDoc, bytes(toAna[0].update));
    Y.applyUpdate(benDoc, bytes(toBen[0].update));
    assert.equal(anaDoc.getText('notes').toString(), benDoc.getText('notes').toString());
    assert.equal(anaDoc.getText('notes').toString(), answered.body.text);
  });
});
