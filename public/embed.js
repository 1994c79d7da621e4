/*
 * Treatment Options Self-Check, embed script for clinic websites (plain JavaScript, no build step,
 * no dependencies). A clinic page adds
 *
 *   <div data-treatment-self-check data-clinic-name="..." data-clinic-phone="..."></div>
 *   <script src="https://SELF-CHECK-SITE/embed.js" async></script>
 *
 * (data-clinic-booking-url="https://..." too, if it likes) and this script puts the self-check in
 * an iframe there, served from the script's own site with `embed=1`, `parentOrigin=<this page's
 * origin>` and the clinic details (checked here, and checked again inside the app, which never
 * trusts this page). When the app in the frame says `ready` (from that frame's window, from the
 * app's origin, delivered by the browser), this script hands it one end of a new MessageChannel
 * and keeps the other: the app's messages come over that port alone, so no other script on this
 * page (an analytics tag listening for `message` events, say) can read them. A message is used
 * only when it has the documented shape; anything else is ignored. The frame is sized from the
 * app's `resize` messages. When the person presses "Show my result to <clinic>'s page", the
 * container element fires a `treatment-self-check:complete` CustomEvent whose `detail.result` is
 * the shared summary. Nothing is logged or sent anywhere: no answers ever reach this page, and
 * what the page does with the result (e.g. fill in a form the person sends) is up to the clinic.
 *
 * Quick exit: on the app's `exit` message this page replaces itself with EXIT_URL (the app's own
 * neutral page, kept equal to its QUICK_EXIT_URL by a test). The frame cannot always do that
 * itself: browsers let it move this page only right after a click or key press in it, and Chromium
 * does not count the Shift presses of the shortcut. The address is fixed here, never taken from the
 * message.
 *
 * Scrolling: the frame's top stays where it is on screen when the frame grows or shrinks. If, after
 * shrinking, the frame's top is above the screen and its bottom ends in the top third of the screen
 * (or above it), the person would be left looking at the page below the frame, so the page scrolls
 * to put the frame's top at the top of the screen.
 */
(function () {
  'use strict';

  const SOURCE = 'treatment-self-check';
  const COMPLETE_EVENT = 'treatment-self-check:complete';
  const EXIT_URL = 'https://www.weather.gov/';
  const MAX_HEIGHT = 100000;
  const SERVICES = [
    'methadone',
    'buprenorphine',
    'naltrexone',
    'withdrawal-aids',
    'residential',
    'intensive-outpatient',
    'outpatient',
    'hospital',
  ];
  const SETTING_LEVELS = ['outpatient', 'intensive-outpatient', 'residential', 'hospital'];
  const MEDICATIONS = ['methadone', 'buprenorphine', 'naltrexone', 'withdrawal-aids', 'naloxone'];
  const LANGUAGES = ['en', 'es'];
  const NAME_PATTERN = /^[\p{L}\p{M}\p{N} .,'’&()\-/]+$/u;
  const PHONE_PATTERN = /^\+?[0-9 ().-]+$/;
  const HEX_PATTERN = /^#[0-9a-fA-F]{6}$/;
  const BOOKING_URL_MAX = 300;

  const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
  const hasOnly = (record, keys) => Object.keys(record).every((key) => keys.includes(key));
  const isText = (value) => typeof value === 'string' && value.length > 0 && value.length <= 200;
  const warn = (attribute) => {
    console.warn(`Treatment Options Self-Check: ${attribute} was not valid and is left out.`);
  };

  /**
   * The clinic's booking page in the URL parser's normal form, or null: only an absolute `https://`
   * address with a host, no user name or password, no spaces or control characters anywhere, and at
   * most BOOKING_URL_MAX characters both as written and as normalised.
   */
  function bookingUrlOf(value) {
    if (value.length > BOOKING_URL_MAX || !/^https:\/\//i.test(value) || /[\s\p{Cc}]/u.test(value)) {
      return null;
    }
    try {
      const url = new URL(value);
      const plain = url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
      return plain && url.href.length <= BOOKING_URL_MAX ? url.href : null;
    } catch {
      return null;
    }
  }

  /** The clinic options of a container, each checked; an invalid one is left out with a warning. */
  function readOptions(element) {
    const read = (name) => {
      const value = element.getAttribute(name);
      return value === null ? null : value.trim();
    };
    const options = { language: null, clinic: null };
    const language = read('data-language');
    if (language !== null) {
      if (LANGUAGES.includes(language)) options.language = language;
      else warn('data-language');
    }
    const rawName = read('data-clinic-name');
    const name = rawName === null ? '' : rawName.replace(/\s+/g, ' ');
    if (name === '' || name.length > 80 || !NAME_PATTERN.test(name)) {
      if (rawName !== null) warn('data-clinic-name');
      return options;
    }
    const clinic = { name, services: [] };
    const phone = read('data-clinic-phone');
    if (phone !== null) {
      const digits = phone.replace(/\D/g, '').length;
      if (phone.length <= 30 && PHONE_PATTERN.test(phone) && digits >= 7 && digits <= 15) clinic.phone = phone;
      else warn('data-clinic-phone');
    }
    const bookingUrl = read('data-clinic-booking-url');
    if (bookingUrl !== null) {
      const href = bookingUrlOf(bookingUrl);
      if (href !== null) clinic.bookingUrl = href;
      else warn('data-clinic-booking-url');
    }
    const accent = read('data-accent-color');
    if (accent !== null) {
      if (HEX_PATTERN.test(accent)) clinic.accent = accent.toLowerCase();
      else warn('data-accent-color');
    }
    const services = read('data-services');
    if (services !== null) {
      for (const service of services.split(/[\s,]+/).filter(Boolean)) {
        if (!SERVICES.includes(service)) warn(`data-services "${service.slice(0, 40)}"`);
        else if (!clinic.services.includes(service)) clinic.services.push(service);
      }
    }
    options.clinic = clinic;
    return options;
  }

  /** A copy of the shared result when it has exactly the documented shape, otherwise null. */
  function parseResult(result) {
    if (!isRecord(result)) return null;
    if (!hasOnly(result, ['setting', 'withdrawalCare', 'medications', 'questionnaireVersion', 'rulesVersion'])) {
      return null;
    }
    const { setting, withdrawalCare, medications, questionnaireVersion, rulesVersion } = result;
    // No setting is suggested when something else comes first (a crisis evaluation, care for teens).
    if (setting !== null) {
      if (!isRecord(setting) || !hasOnly(setting, ['level', 'name'])) return null;
      if (!SETTING_LEVELS.includes(setting.level) || !isText(setting.name)) return null;
    }
    if (typeof withdrawalCare !== 'boolean' || !isText(questionnaireVersion) || !isText(rulesVersion)) return null;
    if (!Array.isArray(medications) || medications.length > 10) return null;
    const copies = [];
    for (const medication of medications) {
      if (!isRecord(medication) || !hasOnly(medication, ['id', 'name'])) return null;
      if (!MEDICATIONS.includes(medication.id) || !isText(medication.name)) return null;
      copies.push({ id: medication.id, name: medication.name });
    }
    return {
      setting: setting === null ? null : { level: setting.level, name: setting.name },
      withdrawalCare,
      medications: copies,
      questionnaireVersion,
      rulesVersion,
    };
  }

  /** Whether a message on this window is the app's `ready`, in its exact shape. */
  function isReady(data) {
    return isRecord(data) && data.source === SOURCE && data.type === 'ready' && hasOnly(data, ['source', 'type']);
  }

  /** `{ type: 'resize', height }`, `{ type: 'complete', result }` or `{ type: 'exit' }`, else null. */
  function parseMessage(data) {
    try {
      if (!isRecord(data) || data.source !== SOURCE) return null;
      if (data.type === 'resize' && hasOnly(data, ['source', 'type', 'height'])) {
        const height = data.height;
        const valid = Number.isInteger(height) && height >= 0 && height <= MAX_HEIGHT;
        return valid ? { type: 'resize', height } : null;
      }
      if (data.type === 'complete' && hasOnly(data, ['source', 'type', 'result'])) {
        const result = parseResult(data.result);
        return result === null ? null : { type: 'complete', result };
      }
      if (data.type === 'exit' && hasOnly(data, ['source', 'type'])) return { type: 'exit' };
      return null;
    } catch {
      return null;
    }
  }

  const script = document.currentScript;
  const scriptUrl = script !== null && typeof script.src === 'string' ? new URL(script.src, location.href) : null;
  const appOrigin = scriptUrl === null ? null : scriptUrl.origin;
  /** Each mounted frame and its container. */
  const frames = [];

  function frameUrl(options) {
    const url = new URL('./', scriptUrl);
    url.searchParams.set('embed', '1');
    url.searchParams.set('parentOrigin', location.origin);
    if (options.language !== null) url.searchParams.set('lang', options.language);
    if (options.clinic !== null) url.searchParams.set('clinic', JSON.stringify(options.clinic));
    return url.href;
  }

  function applyHeight(frame, height) {
    const before = frame.getBoundingClientRect().top;
    frame.style.height = `${String(height)}px`;
    const after = frame.getBoundingClientRect();
    if (after.top < 0 && after.bottom < window.innerHeight / 3) {
      window.scrollBy({ top: after.top, behavior: 'instant' });
    } else if (after.top !== before) {
      window.scrollBy({ top: after.top - before, behavior: 'instant' });
    }
  }

  /** A message over a frame's port: only this script holds the port, so only the app can send on it. */
  function onPortMessage(entry, event) {
    if (!event.isTrusted) return;
    const message = parseMessage(event.data);
    if (message === null) return;
    if (message.type === 'resize') {
      applyHeight(entry.frame, message.height);
      return;
    }
    if (message.type === 'exit') {
      window.location.replace(EXIT_URL);
      return;
    }
    entry.container.dispatchEvent(
      new CustomEvent(COMPLETE_EVENT, { bubbles: true, detail: { result: message.result } }),
    );
  }

  /**
   * The app's `ready`, from one of this script's frames: a new channel for it (a reloaded frame
   * asks again, and its old port is closed). A script on this page can dispatch a made-up event
   * that claims to come from the frame; only the browser's own (isTrusted) delivery is acted on.
   */
  function onMessage(event) {
    if (!event.isTrusted) return;
    if (event.source === null || event.origin !== appOrigin || !isReady(event.data)) return;
    const entry = frames.find((candidate) => candidate.frame.contentWindow === event.source);
    if (entry === undefined) return;
    if (entry.port !== null) entry.port.close();
    const channel = new MessageChannel();
    entry.port = channel.port1;
    channel.port1.onmessage = (portEvent) => onPortMessage(entry, portEvent);
    event.source.postMessage({ source: SOURCE, type: 'connect' }, appOrigin, [channel.port2]);
  }

  /** Puts the self-check in `container` (once), replacing any fallback content inside it. */
  function mount(container) {
    if (scriptUrl === null || frames.some((entry) => entry.container === container)) return;
    const options = readOptions(container);
    const frame = document.createElement('iframe');
    frame.src = frameUrl(options);
    frame.title =
      options.clinic === null
        ? 'Treatment Options Self-Check'
        : `Treatment Options Self-Check from ${options.clinic.name}`;
    frame.loading = 'eager';
    frame.referrerPolicy = 'no-referrer';
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.height = '40rem';
    frame.style.border = '0';
    frames.push({ frame, container, port: null });
    container.replaceChildren(frame);
  }

  function mountAll() {
    for (const container of document.querySelectorAll('[data-treatment-self-check]')) mount(container);
  }

  if (window.TreatmentSelfCheckEmbed !== undefined) {
    // The script is on the page twice: the first copy mounts everything.
    window.TreatmentSelfCheckEmbed.mountAll();
    return;
  }
  window.addEventListener('message', onMessage);
  window.TreatmentSelfCheckEmbed = Object.freeze({ mount, mountAll, parseMessage, readOptions, EXIT_URL, SERVICES });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
