import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoBase as base, person, uniqueEmail } from '../testing/booking-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const SECRET = 'GPS 51.5007N 0.1246W Camera-Serial-12345';

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

function jpegSegment(marker: number, data: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

function webpChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

function riff(body: Buffer): Buffer {
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body]);
}

const scan = Buffer.concat([jpegSegment(0xda, Buffer.alloc(10, 7)), Buffer.alloc(40, 9), Buffer.from([0xff, 0xd9])]);
const photos = {
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    jpegSegment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    jpegSegment(0xe1, Buffer.from(`Exif\0\0${SECRET}`, 'latin1')),
    jpegSegment(0xfe, Buffer.from(SECRET)),
    scan,
  ]),
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', Buffer.alloc(13, 1)),
    pngChunk('tEXt', Buffer.from(`Comment\0${SECRET}`)),
    pngChunk('eXIf', Buffer.from(SECRET)),
    pngChunk('IDAT', Buffer.alloc(20, 2)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]),
  webp: riff(
    Buffer.concat([
      webpChunk('VP8X', Buffer.from([0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
      webpChunk('VP8 ', Buffer.alloc(30, 3)),
      webpChunk('EXIF', Buffer.from(SECRET)),
      webpChunk('XMP ', Buffer.from(SECRET)),
    ]),
  ),
};

/** Issue 11, item 6: photos kept their EXIF (camera, GPS) and unapproved mentors' photos were public. */
describe('mentor photos: metadata stripped, served only for listed mentors', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  async function applicant() {
    const who = await person(server, uniqueEmail('photo'), 'Pat Photo', 'Mentee');
    const applied = await server.api('POST', `${base}/me/mentor-profile`, {
      token: await who.token(),
      body: { bio: 'I help people ship their first feature.', expertise: ['Backend'], languages: ['en'], timeZone: 'UTC' },
    });
    assert.ok(applied.status === 201 || applied.status === 200, JSON.stringify(applied.body));
    return who;
  }

  const upload = async (token: string, bytes: Buffer) =>
    fetch(`${server.url}${base}/me/mentor-profile/photo`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(bytes),
    });

  for (const kind of ['jpeg', 'png', 'webp'] as const) {
    it(`removes EXIF, XMP and text from a ${kind} and keeps the image`, async () => {
      const who = await applicant();
      await server.api('POST', `${base}/mentors/${who.id}/approve`, { token: server.secretKey, body: {} });
      const r = await upload(await who.token(), photos[kind]);
      assert.equal(r.status, 200, await r.clone().text());
      const { photoUrl } = (await r.json()) as { photoUrl: string };
      const url = new URL(photoUrl);
      const served = Buffer.from(await (await fetch(server.url + url.pathname + url.search)).arrayBuffer());
      assert.ok(!served.includes(Buffer.from('GPS')), 'no metadata left');
      assert.ok(served.length < photos[kind].length);
      if (kind === 'jpeg') assert.ok(served.subarray(-scan.length).equals(scan), 'the image data is untouched');
      if (kind === 'png') assert.ok(served.includes(Buffer.from('IDAT')) && served.includes(Buffer.from('IEND')));
      if (kind === 'webp') {
        assert.equal(served.readUInt32LE(4), served.length - 8, 'the RIFF size matches');
        assert.equal(served[20]! & 0x0c, 0, 'VP8X no longer announces EXIF or XMP');
      }
    });
  }

  it('refuses a photo whose structure is broken', async () => {
    const who = await applicant();
    const r = await upload(await who.token(), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x7f, 0xff]), Buffer.alloc(20)]));
    assert.equal(r.status, 415);
  });

  it('serves the photo of a pending (or rejected) mentor to admins only', async () => {
    const who = await applicant();
    const r = await upload(await who.token(), photos.png);
    assert.equal(r.status, 200);
    const url = `${base}/mentors/${who.id}/photo`;
    assert.equal((await server.api('GET', url)).status, 404, 'not while pending');
    assert.equal((await server.api('GET', url, { token: server.secretKey })).status, 200, 'admins review it');
    assert.equal((await server.api('POST', `${base}/mentors/${who.id}/approve`, { token: server.secretKey, body: {} })).status, 200);
    assert.equal((await server.api('GET', url)).status, 200, 'listed now');
    assert.equal(
      (await server.api('POST', `${base}/mentors/${who.id}/reject`, { token: server.secretKey, body: { reason: 'Not now' } })).status,
      200,
    );
    assert.equal((await server.api('GET', url)).status, 404, 'no longer listed');
  });
});
