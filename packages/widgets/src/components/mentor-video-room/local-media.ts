/** Why the camera and microphone are not available, in words the pre-join screen can explain. */
export type MediaProblem = 'denied' | 'no-devices' | 'busy' | null;

export type DeviceKind = 'audioinput' | 'videoinput' | 'audiooutput';

const STORAGE_KEY = 'mentorkit.room.devices';

/** The devices chosen last time on this site (SPEC V4: remembered per site). */
function remembered(): Partial<Record<DeviceKind, string>> {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Record<DeviceKind, string>>;
  } catch {
    return {};
  }
}

function problemOf(error: unknown): MediaProblem {
  const name = (error as { name?: string })?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'no-devices';
}

/**
 * The member's own camera and microphone: opening them with the remembered devices, audio-only when
 * there is no camera, switching devices, muting, turning the camera off (the track is stopped so the
 * light goes off) and on, and screen capture. `stream` always holds the current tracks for the preview.
 */
export class LocalMedia {
  readonly stream = new MediaStream();
  audio: MediaStreamTrack | null = null;
  camera: MediaStreamTrack | null = null;
  screen: MediaStreamTrack | null = null;
  problem: MediaProblem = null;
  devices: MediaDeviceInfo[] = [];
  choice = remembered();
  muted = false;
  cameraWanted = true;
  private audioContext?: AudioContext;
  private analyser?: AnalyserNode;
  private samples?: Uint8Array<ArrayBuffer>;

  /** Opens camera and microphone (falling back to audio only, then to video only); sets `problem` when neither works. */
  async start(): Promise<void> {
    this.problem = null;
    const audio = this.constraints('audioinput');
    const video = this.cameraWanted ? this.constraints('videoinput') : false;
    let stream: MediaStream | null = null;
    const attempts: MediaStreamConstraints[] = video ? [{ audio, video }, { audio }, { video }] : [{ audio }];
    for (const constraints of attempts) {
      try {
        stream = await navigator.mediaDevices.getUserMedia(constraints);
        break;
      } catch (error) {
        this.problem = problemOf(error);
        if (this.problem === 'denied') break;
      }
    }
    if (!stream) {
      await this.listDevices();
      return;
    }
    this.problem = null;
    this.setTrack('audio', stream.getAudioTracks()[0] ?? null);
    this.setTrack('camera', stream.getVideoTracks()[0] ?? null);
    if (!this.camera) this.cameraWanted = false;
    this.applyMute();
    await this.listDevices();
  }

  private constraints(kind: 'audioinput' | 'videoinput'): MediaTrackConstraints | boolean {
    const id = this.choice[kind];
    return id ? { deviceId: { ideal: id } } : true;
  }

  async listDevices(): Promise<void> {
    this.devices = navigator.mediaDevices?.enumerateDevices ? await navigator.mediaDevices.enumerateDevices() : [];
  }

  /** Whether any device of this kind exists (labels appear only after permission). */
  has(kind: DeviceKind): boolean {
    return this.devices.some((d) => d.kind === kind);
  }

  /** Chooses a device, remembers it for this site and, for inputs, swaps the live track; returns the new track. */
  async choose(kind: DeviceKind, deviceId: string): Promise<MediaStreamTrack | null> {
    this.choice = { ...this.choice, [kind]: deviceId };
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this.choice));
    } catch {
      /* storage may be blocked; the choice still holds for this visit */
    }
    if (kind === 'audiooutput') return null;
    if (kind === 'videoinput' && !this.camera) return null;
    const stream = await navigator.mediaDevices.getUserMedia(
      kind === 'audioinput' ? { audio: { deviceId: { exact: deviceId } } } : { video: { deviceId: { exact: deviceId } } },
    );
    const track = kind === 'audioinput' ? stream.getAudioTracks()[0]! : stream.getVideoTracks()[0]!;
    this.setTrack(kind === 'audioinput' ? 'audio' : 'camera', track);
    this.applyMute();
    return track;
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.applyMute();
  }

  private applyMute(): void {
    if (this.audio) this.audio.enabled = !this.muted;
  }

  /** Turns the camera off (track stopped) or on (a new track from the chosen camera); returns the new track. */
  async setCamera(on: boolean): Promise<MediaStreamTrack | null> {
    this.cameraWanted = on;
    if (!on) {
      this.setTrack('camera', null);
      return null;
    }
    const stream = await navigator.mediaDevices.getUserMedia({ video: this.constraints('videoinput') });
    this.setTrack('camera', stream.getVideoTracks()[0] ?? null);
    return this.camera;
  }

  /** Starts screen capture; `onEnded` runs when the browser's own "Stop sharing" ends it. */
  async startScreen(onEnded: () => void): Promise<MediaStreamTrack> {
    const stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    const track = stream.getVideoTracks()[0]!;
    track.addEventListener('ended', onEnded, { once: true });
    this.screen = track;
    return track;
  }

  stopScreen(): void {
    this.screen?.stop();
    this.screen = null;
  }

  /** The video track to send: the screen while sharing, else the camera (or none). */
  get outgoingVideo(): MediaStreamTrack | null {
    return this.screen ?? this.camera;
  }

  private setTrack(slot: 'audio' | 'camera', track: MediaStreamTrack | null): void {
    const old = this[slot];
    if (old && old !== track) {
      old.stop();
      this.stream.removeTrack(old);
    }
    this[slot] = track;
    if (track) this.stream.addTrack(track);
    if (slot === 'audio') this.analyser = undefined;
  }

  /** The microphone's level now, 0–1 (for the meter); 0 when muted or absent. */
  level(): number {
    if (!this.audio || this.muted) return 0;
    if (!this.analyser) {
      this.audioContext ??= new AudioContext();
      const source = this.audioContext.createMediaStreamSource(new MediaStream([this.audio]));
      this.analyser = this.audioContext.createAnalyser();
      this.analyser.fftSize = 512;
      source.connect(this.analyser);
      this.samples = new Uint8Array(this.analyser.fftSize);
    }
    this.analyser.getByteTimeDomainData(this.samples!);
    let peak = 0;
    for (const sample of this.samples!) peak = Math.max(peak, Math.abs(sample - 128));
    return Math.min(1, peak / 64);
  }

  /** Stops every track and the level meter. */
  stop(): void {
    for (const track of [this.audio, this.camera, this.screen]) track?.stop();
    for (const track of this.stream.getTracks()) this.stream.removeTrack(track);
    this.audio = this.camera = this.screen = null;
    void this.audioContext?.close().catch(() => undefined);
    this.audioContext = undefined;
    this.analyser = undefined;
  }
}
