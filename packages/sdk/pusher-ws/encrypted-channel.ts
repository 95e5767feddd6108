// Stands in for pusher-js's encrypted channel: pusher-js creates one only when given `nacl` (its
// with-encryption build); without it, `private-encrypted-*` names are refused before this is reached.
export default class EncryptedChannel {
  constructor() {
    throw new Error('private-encrypted- channels need pusher-js with encryption');
  }
}
