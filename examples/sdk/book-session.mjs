#!/usr/bin/env node
// Books a session with the MentorKit SDK from Node: signs in with the code from the service's outbox
// (no SMTP configured → mail is written as .eml files), finds a mentor, and requests their first open slot.
//   npm start            # in another terminal (data in ./.mentorkit-data)
//   node --import tsx examples/sdk/book-session.mjs [baseUrl] [dataDir] [email]
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createClient, MentorKitApiError } from '@mentorkit/sdk';

const [baseUrl = 'http://localhost:8787', dataDir = '.mentorkit-data', email = 'ben@example.com'] = process.argv.slice(2);
const client = createClient({ baseUrl, community: 'demo' });

/** The newest 6-digit code mailed to `to` (the subject starts with it). */
async function codeFromOutbox(to, since) {
  const outbox = path.join(dataDir, 'outbox');
  for (let attempt = 0; attempt < 50; attempt++) {
    const files = (await readdir(outbox).catch(() => [])).sort().reverse();
    for (const file of files) {
      const mail = await readFile(path.join(outbox, file), 'utf8');
      const stamp = statSync(path.join(outbox, file)).mtimeMs;
      if (stamp < since || !mail.includes(to)) continue;
      const code = mail.match(/^Subject: (\d{6})\b/m)?.[1];
      if (code) return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No sign-in code for ${to} in ${outbox}`);
}

try {
  const since = Date.now() - 1000;
  await client.requestSignInCode({ email });
  const { user } = await client.verifySignInCode({ email, code: await codeFromOutbox(email, since) });
  console.log(`Signed in as ${user.member.name} (home: ${user.home})`);

  const { items } = await client.listMentors({ q: 'Ana Souza', limit: 1 });
  const mentor = items[0];
  if (!mentor) throw new Error('No mentor found');
  const { slots } = await client.listMentorSlots({ mentorId: mentor.id, duration: '30', timeZone: 'Europe/London' });
  const slot = slots[0];
  if (!slot) throw new Error(`${mentor.displayName} has no open slots`);
  const session = await client.createSession({
    mentorId: mentor.id,
    start: slot.start,
    durationMinutes: 30,
    topic: 'Booked from the SDK example',
  });
  console.log(`Requested ${slot.local} (Europe/London) with ${mentor.displayName}: ${session.status}, id ${session.id}`);
} catch (error) {
  if (error instanceof MentorKitApiError) console.error(`${error.code} (${error.status}): ${error.message}`);
  else console.error(error);
  process.exitCode = 1;
}
