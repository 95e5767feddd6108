// Stands in for pusher-js's user authentication (`pusher.signin()`, the server-to-user channel and the
// watchlist): MentorKit addresses members through their private channels and never signs a socket in.
import EventsDispatcher from 'core/events/dispatcher';

export default class UserFacade extends EventsDispatcher {
  watchlist = new EventsDispatcher();
  // A presence authorization without channel_data would wait for a sign-in; there is none, so it is refused.
  user_data = null;
  signinDonePromise = null;

  signin(): void {
    throw new Error('pusher.signin() is not part of this pusher-js build');
  }
}
