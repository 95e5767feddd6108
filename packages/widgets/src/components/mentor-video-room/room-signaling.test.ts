import { expect, waitUntil } from '@open-wc/testing';
import { advanceServiceClock, bookSession } from '../../testing/session-fixtures.js';
import { useTestService } from '../../testing/test-service.js';
import { RoomSignaling, type RoomMessage } from './room-signaling.js';

// The room's signaling line over the real service and real pusher-js: the service allows 10 client
// events per second per socket and drops the rest (4301), so a trickle-ICE burst must not become one
// event per candidate.
describe('room signaling', () => {
  it('delivers a burst of 30 ICE candidates in order as at most 5 client events, with no gap', async () => {
    await useTestService();
    const booked = await bookSession({ confirm: true, prefix: 'room-signal' });
    const ahead = Date.parse(booked.session.start) - Date.now();
    await advanceServiceClock(ahead);
    try {
      const room = await booked.mentee.client.getSessionRoom({ sessionId: booked.session.id });
      const channel = room.channels.signaling;
      const received: RoomMessage[] = [];
      let gaps = 0;
      let events = 0;
      let subscribed = 0;
      const countEvents = booked.mentor.client.realtime.subscribe(channel, (event) => event === 'client-room' && events++);
      const handlers = (into: RoomMessage[] | null) => ({
        onMessage: (message: RoomMessage) => into?.push(message),
        onSubscribed: () => subscribed++,
        onGap: () => gaps++,
      });
      const receiver = new RoomSignaling(booked.mentor.client.realtime, channel, handlers(received));
      const sender = new RoomSignaling(booked.mentee.client.realtime, channel, handlers(null));
      await waitUntil(() => subscribed === 2, 'both subscribed', { timeout: 10_000 });
      for (let i = 0; i < 30; i++) {
        const candidate = {
          candidate: `candidate:${i} 1 udp 2122260223 127.0.0.1 ${50000 + i} typ host generation 0`,
          sdpMid: '0',
          sdpMLineIndex: 0,
        };
        sender.send({ type: 'signal', from: sender.instanceId, to: receiver.instanceId, signal: { kind: 'candidate', candidate } });
      }
      await waitUntil(() => received.length === 30, 'all 30 candidates arrive', { timeout: 20_000 });
      expect(
        received.map((m) =>
          m.type === 'signal' ? (m.signal as { candidate: { candidate: string } }).candidate.candidate.split(' ')[0] : m.type,
        ),
      ).to.deep.equal(Array.from({ length: 30 }, (_, i) => `candidate:${i}`));
      expect(events, 'client events used').to.be.at.most(5);
      expect(gaps).to.equal(0);
      sender.close();
      receiver.close();
      countEvents();
    } finally {
      await advanceServiceClock(-ahead);
    }
  });
});
