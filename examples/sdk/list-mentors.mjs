#!/usr/bin/env node
// Uses the MentorKit SDK from Node: lists free Spanish-speaking mentors and shows one mentor's next
// open times. Start the service first (`npm start`), then:
//   node --import tsx examples/sdk/list-mentors.mjs [baseUrl] [community]
import { createClient, MentorKitApiError } from '@mentorkit/sdk';

const [baseUrl = 'http://localhost:8787', community = 'demo'] = process.argv.slice(2);
const client = createClient({ baseUrl, community });

try {
  const page = await client.listMentors({ language: 'es', freeOnly: 'true', sort: 'rating', limit: 5 });
  console.log(`${page.total} free mentors speak Spanish; the first ${page.items.length}:`);
  for (const mentor of page.items) console.log(`- ${mentor.displayName} (${mentor.expertise.join(', ')})`);
  const first = page.items[0];
  if (first) {
    const slots = await client.listMentorSlots({ mentorId: first.id, timeZone: 'America/Mexico_City', duration: '30' });
    console.log(`\nNext open times of ${first.displayName} in ${slots.timeZone}:`);
    for (const slot of slots.slots.slice(0, 3)) console.log(`- ${slot.local}`);
  }
} catch (error) {
  if (error instanceof MentorKitApiError) console.error(`${error.code} (${error.status}): ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
