/*! Zeron feedback widget v1 — embed and JS API: docs/widget.md */
(() => {
  'use strict';

  const stub = window.Zeron;
  if (stub && stub.version) return;

  const script = document.currentScript ||
    [...document.querySelectorAll('script[src*="/widget/v1/zeron.js"]')].pop();
  const key = script?.dataset.projectKey || '';
  let base = '';
  try { base = (script.dataset.apiBase || new URL(script.src).origin).replace(/\/+$/, ''); } catch {}

  const MAX = 5000;
  const LEASE = 30000;
  const QUEUED = 'Saved — will send when you’re back online';
  const BUSY = at => `Too many messages just now — sending in ${Math.max(1, Math.ceil((at - Date.now()) / 1e3))} s`;
  const THANKS = a => `Thanks! We'll reply here${a ? ' and by email to ' + a : ''}.`;
  const OFFLINE = 'Couldn’t send. Check your connection and try again.';
  const qKey = `zeron:${key}:queue`;
  const cKey = `zeron:${key}:conversation`;
  const warn = m => console.warn('Zeron: ' + m);

  const mem = {};
  let memOnly = false;
  const load = (k, d) => {
    try { if (!memOnly) { const s = localStorage.getItem(k); return s ? JSON.parse(s) : d; } } catch {}
    return mem[k] || d;
  };
  const save = (k, v) => {
    mem[k] = v;
    try { v ? localStorage.setItem(k, JSON.stringify(v)) : localStorage.removeItem(k); } catch { memOnly = true; }
  };
  const queue = () => { const q = load(qKey, []); return Array.isArray(q) ? q : []; };
  const editQueue = fn => { const q = fn(queue()); save(qKey, q.length ? q : null); };

  const uuid = () => crypto.randomUUID?.() || [...crypto.getRandomValues(new Uint32Array(4))].map(x => x.toString(36)).join('-');

  async function api(path, body) {
    const ctl = new AbortController();
    const t = setTimeout(() => ctl.abort(), 15000);
    try {
      const res = await fetch(`${base}/api/widget/v1/${path}`, {
        method: body ? 'POST' : 'GET', mode: 'cors', credentials: 'omit', signal: ctl.signal,
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body && JSON.stringify(body)
      });
      let data = null;
      try { data = await res.json(); } catch {}
      return { ok: res.ok, status: res.status, data: data || {}, retryAfter: +res.headers.get('Retry-After') };
    } finally { clearTimeout(t); }
  }

  const problem = ({ data: d, status }) => String(d.detail || d.title || `Something went wrong (${status}).`);

  async function deliver(entry) {
    let r;
    try { r = await api('feedback?key=' + encodeURIComponent(key), entry.body); } catch { r = { status: 0, data: {} }; }
    r.message = entry.body.message;
    r.email = entry.body.email;
    const s = r.status;
    if (r.ok || (s >= 400 && s < 500 && s != 408 && s != 429)) {
      editQueue(q => q.filter(e => e.clientId != entry.clientId));
      return r;
    }
    const attempts = entry.attempts + 1;
    let wait = Math.round(Math.min(3e5, 2000 * 2 ** (attempts - 1) * (0.8 + Math.random() * 0.4)));
    if (s == 429) wait = Math.max(wait, (r.retryAfter || 30) * 1000);
    const at = Date.now() + wait;
    editQueue(q => q.map(e => e.clientId == entry.clientId ? { ...e, attempts, nextAttemptAt: at, lease: 0, hold: s == 429 } : e));
    r.queued = true;
    if (s == 429) r.at = at;
    return r;
  }

  let flushing = false, rerun, timer;
  async function flush(force) { // force: page load, back online
    if (blocked) return;
    if (flushing) return void (rerun = rerun || force || 1);
    flushing = true;
    const tried = new Set();
    try {
      for (;;) {
        const now = Date.now();
        let entry;
        editQueue(q => {
          entry = q.find(e => !tried.has(e.clientId) && !(e.lease > now) &&
            (e.nextAttemptAt <= now || (force === true && !e.hold)));
          if (entry) entry.lease = now + LEASE;
          return q;
        });
        if (!entry) break;
        tried.add(entry.clientId);
        settled(await deliver(entry));
      }
    } finally {
      flushing = false;
      const f = rerun;
      rerun = 0;
      f ? flush(f) : schedule();
    }
  }

  function schedule() {
    clearTimeout(timer);
    const q = queue();
    if (q.length && !blocked) {
      const next = Math.min(...q.map(e => Math.max(e.nextAttemptAt, e.lease || 0)));
      timer = setTimeout(flush, Math.max(0, next - Date.now()) + 100);
    }
  }

  const meta = {};
  let ui, isOpen = false, wantOpen = false, email = '', msgs = [], msgsFor = '', sig = '', fresh = false, poll,
    done = '', blocked = false, quiet = 0, checked = 0, want;

  function setMeta(k, v) {
    if (v == null) return void delete meta[k];
    if (!(k in meta) && Object.keys(meta).length >= 50) return warn('metadata is limited to 50 keys');
    meta[k] = typeof v == 'number' || typeof v == 'boolean' ? v
      : (typeof v == 'string' ? v : JSON.stringify(v) || String(v)).slice(0, 500);
  }

  function settled(r, fromForm) {
    if (r.ok) {
      const { conversationId: id, conversationToken: token } = r.data;
      if (id && token) {
        save(cKey, { id, token, seen: 0 });
        msgs = [{ author: 'submitter', body: r.message || '', createdAt: new Date().toISOString() }];
        msgsFor = id;
        if (!fromForm) refresh();
      }
      ui?.say(done = THANKS(r.email));
    } else if (!r.queued && !fromForm && ui) {
      ui.say('A saved message could not be sent: ' + problem(r));
    }
    if (!fromForm) ui?.render();
  }

  async function refresh() {
    const conv = load(cKey);
    if (conv && Date.now() > quiet) {
      checked = Date.now();
      try {
        const r = await api(`conversations/${encodeURIComponent(conv.id)}?token=${encodeURIComponent(conv.token)}`);
        if (load(cKey)?.id != conv.id) return;
        if (r.ok && Array.isArray(r.data.messages)) {
          msgs = r.data.messages;
          msgsFor = conv.id;
        } else if (r.status == 429) {
          quiet = Date.now() + r.retryAfter * 1e3;
        } else if ([401, 403, 404, 410].includes(r.status)) {
          save(cKey, null);
        }
      } catch {}
    }
    ui?.render();
  }

  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (v != null && v !== false) el.setAttribute(k, v === true ? '' : v);
    }
    el.append(...kids);
    return el;
  }
  const SVG = 'http://www.w3.org/2000/svg';
  const CHAT = 'M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z';
  const CROSS = 'M18 6 6 18M6 6l12 12';
  function icon(d) {
    const s = document.createElementNS(SVG, 'svg');
    const p = document.createElementNS(SVG, 'path');
    s.setAttribute('viewBox', '0 0 24 24');
    s.setAttribute('aria-hidden', 'true');
    p.setAttribute('d', d);
    s.append(p);
    return s;
  }
  const invalid = (f, text) => { f.err.textContent = text; f.t.setAttribute('aria-invalid', !!text); text && ui.say(text); };
  function area(id, label, rows) {
    const t = h('textarea', { id, rows, maxlength: MAX, required: true, 'aria-describedby': `${id}e ${id}n` });
    const n = h('span', { id: id + 'n' });
    const f = { t, err: h('span', { id: id + 'e', class: 'err' }), upd: () => { n.textContent = `${t.value.length} / ${MAX}`; } };
    t.addEventListener('input', () => { f.upd(); invalid(f, ''); });
    f.upd();
    f.el = [h('label', { for: id }, label), t, h('div', { class: 'meta' }, f.err, n)];
    return f;
  }

  const CSS = `
:host{all:initial!important;display:block!important}
*{box-sizing:border-box;margin:0;padding:0;border:0;background:none;font:inherit;color:inherit}
[hidden]{display:none!important}
.z{font:14px/1.45 system-ui,sans-serif;color:#111827}
button{cursor:pointer}
svg{width:20px;height:20px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
:focus-visible{outline:2px solid var(--a);outline-offset:2px}
.l,.p{position:fixed;z-index:2147483000;right:20px}
.L .l,.L .p{left:20px;right:auto}
.l{bottom:20px;width:56px;height:56px;border-radius:50%;display:flex;align-items:center;justify-content:center;background:var(--a);color:var(--on);box-shadow:0 6px 20px rgba(17,24,39,.25)}
.l:hover{transform:scale(1.06)}
.l svg{width:26px;height:26px}
.b{position:absolute;top:-4px;right:-4px;min-width:20px;padding:0 5px;border-radius:10px;background:#b91c1c;color:#fff;font:700 12px/20px system-ui}
.ok{padding:10px 12px;border-radius:8px;background:#ecfdf5;color:#065f46;font-weight:600}
.p{bottom:88px;width:370px;max-height:calc(100vh - 108px);display:flex;flex-direction:column;overflow:hidden;background:#fff;border-radius:12px;box-shadow:0 16px 48px rgba(17,24,39,.2),0 0 0 1px rgba(17,24,39,.08)}
.hd{display:flex;align-items:center;gap:8px;padding:14px 12px 14px 18px;background:var(--a);color:var(--on)}
.hd :focus-visible{outline-color:currentColor}
h2{flex:1;font-size:16px;font-weight:600}
.x{display:flex;padding:6px;border-radius:8px}
.x:hover{background:rgba(127,127,127,.25)}
.bd{display:flex;flex-direction:column;gap:14px;padding:16px 18px 18px;overflow-y:auto}
.g{color:#6b7280}
form{display:flex;flex-direction:column;gap:4px}
label{display:block;margin-top:6px;font-size:13px;font-weight:600;color:#374151}
label span{font-weight:400;color:#6b7280}
select,textarea,input{display:block;width:100%;padding:9px 11px;border:1px solid #d1d5db;border-radius:8px;background:#fff;font-size:14px}
select{height:40px}
textarea{min-height:64px;resize:vertical}
select:focus,textarea:focus,input:focus{border-color:var(--a);outline:2px solid var(--a);outline-offset:-1px}
[aria-invalid=true]{border-color:#b91c1c}
.meta{display:flex;justify-content:space-between;gap:8px;font-size:12px;color:#6b7280}
.err{color:#b91c1c}
.s{margin-top:10px;padding:10px 16px;border-radius:8px;background:var(--a);color:var(--on);font-weight:600}
.s:hover{filter:brightness(1.08)}
.s:disabled{opacity:.6;cursor:default}
.lk{align-self:center;color:#6b7280;font-size:13px;text-decoration:underline}
ol{display:flex;flex-direction:column;gap:10px;list-style:none}
li{align-self:flex-start;max-width:85%}
li p{padding:9px 12px;border-radius:12px 12px 12px 4px;background:#f3f4f6;white-space:pre-wrap;overflow-wrap:anywhere}
.w{margin:0 4px 3px;font-size:12px;color:#6b7280}
.me{align-self:flex-end}
.me .w{text-align:right}
.me p{border-radius:12px 12px 4px;background:var(--a);color:var(--on)}
.pe p{opacity:.75}
.hp,.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:480px){.p,.L .p{left:8px;right:8px;width:auto;bottom:84px;max-height:calc(100dvh - 100px)}select,textarea,input{font-size:16px}}`;

  function build(c) {
    const accent = /^#[\da-f]{6}$/i.test(c.accentColor) ? c.accentColor : '#4f46e5';
    const rgb = accent.match(/\w\w/g).map(x => parseInt(x, 16));
    const onAccent = rgb[0] * .299 + rgb[1] * .587 + rgb[2] * .114 > 165 ? '#111827' : '#fff';
    const cats = Array.isArray(c.categories) ? c.categories.filter(x => typeof x == 'string') : [];
    const title = String(c.title || 'Feedback');

    const host = h('div', { 'data-zeron-widget': '' });
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];

    const live = h('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    const launcherIcon = icon(CHAT);
    const badge = h('span', { class: 'b', hidden: true });
    const launcher = h('button', {
      type: 'button', class: 'l', 'aria-label': title, 'aria-expanded': 'false', 'aria-controls': 'zp',
      'aria-haspopup': 'dialog', onclick: () => isOpen ? close() : open()
    }, launcherIcon, badge);

    const cat = h('select', { id: 'zc' }, h('option', { value: '' }, 'Choose a category'),
      ...cats.map(x => h('option', { value: x }, x.charAt(0).toUpperCase() + x.slice(1))));
    const M = area('zm', 'Message', 5);
    const mail = h('input', { id: 'zq', type: 'email', autocomplete: 'email', 'aria-describedby': 'zqe' });
    const mailF = { t: mail, err: h('span', { id: 'zqe', class: 'err' }) };
    mail.value = email;
    mail.addEventListener('input', () => invalid(mailF, ''));
    const hp = h('input', { type: 'text', name: 'website', class: 'hp', tabindex: '-1', 'aria-hidden': 'true', autocomplete: 'off' });
    const formErr = h('p', { class: 'err' });
    const sendBtn = h('button', { type: 'submit', class: 's' }, 'Send');
    const form = h('form', { novalidate: true, onsubmit: submit },
      ...(cats.length ? [h('label', { for: 'zc' }, 'Category'), cat] : []),
      ...M.el,
      h('label', { for: 'zq' }, 'Email ', h('span', {}, '(optional, so we can reply)')), mail, mailF.err,
      hp, formErr, sendBtn);

    const list = h('ol', { 'aria-label': 'Conversation' });
    const R = area('zr', 'Your reply', 3);
    const replyBtn = h('button', { type: 'submit', class: 's' }, 'Send reply');
    const replyForm = h('form', { novalidate: true, onsubmit: reply }, ...R.el, replyBtn);
    const again = h('button', {
      type: 'button', class: 'lk',
      onclick: () => { save(cKey, null); fresh = true; done = ''; render(); (cats.length ? cat : M.t).focus(); }
    });
    const thanks = h('p', { class: 'ok' });
    const thread = h('div', { class: 'bd', hidden: true }, thanks, list, replyForm, again);

    const body = h('div', { class: 'bd' }, ...(c.greeting ? [h('p', { class: 'g' }, String(c.greeting))] : []), form);
    const panel = h('div', { id: 'zp', class: 'p', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'zt', hidden: true },
      h('div', { class: 'hd' }, h('h2', { id: 'zt' }, title),
        h('button', { type: 'button', class: 'x', 'aria-label': 'Close', onclick: () => close(true) }, icon(CROSS))),
      body, thread);
    const wrap = h('div', { class: c.position == 'bottom-left' ? 'z L' : 'z' }, live, launcher, panel);
    wrap.style.setProperty('--a', accent);
    wrap.style.setProperty('--on', onAccent);
    wrap.addEventListener('keydown', e => { if (e.key == 'Escape' && isOpen) { e.stopPropagation(); close(true); } });
    root.append(wrap);
    document.body.append(host);

    function say(text) {
      live.textContent = '';
      setTimeout(() => { live.textContent = text; }, 50);
    }

    let tick;
    function render() {
      const conv = load(cKey);
      const pending = queue();
      const showThread = !fresh && !!(conv || pending.length);
      const mine = conv && msgsFor == conv.id ? msgs : [];
      const n = mine.filter(m => m.author != 'submitter' && !m.draft).length;
      const unread = conv && mine.length ? n - (conv.seen || 0) : 0;
      if (unread > 0 && isOpen && showThread) {
        save(cKey, { ...conv, seen: n });
        say('New reply');
        return render();
      }
      badge.hidden = !(unread > 0);
      badge.textContent = unread;
      launcher.setAttribute('aria-label', unread > 0 ? `${title}, ${unread} unread repl${unread > 1 ? 'ies' : 'y'}` : title);
      body.hidden = showThread;
      thread.hidden = !showThread;
      replyForm.hidden = !conv;
      thanks.hidden = !done;
      thanks.textContent = done;
      again.textContent = conv ? 'Start a new conversation' : 'Write another message';
      clearTimeout(tick);
      if (pending.some(e => e.hold)) tick = setTimeout(render, 1e3);
      stream(isOpen && showThread && conv);
      if (!showThread) return;
      const items = [...mine,
        ...pending.map(e => ({ author: 'submitter', body: e.body.message, pending: e.hold ? BUSY(e.nextAttemptAt) : QUEUED }))];
      const s = JSON.stringify(items);
      if (s == sig) return;
      sig = s;
      list.replaceChildren(...items.map(m => {
        const me = m.author == 'submitter';
        const d = new Date(m.createdAt);
        const when = isNaN(d) ? '' : ' · ' + d.toLocaleString([], { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
        return h('li', { class: (me ? 'me' : '') + (m.pending ? ' pe' : '') },
          h('div', { class: 'w' }, (me ? 'You' : m.author == 'assistant' ? 'Assistant' : 'Team') + when),
          h('p', {}, String(m.body ?? '')),
          ...(m.pending ? [h('div', { class: 'w' }, m.pending)] : []));
      }));
      thread.scrollTop = thread.scrollHeight;
    }

    function stream(c) { // conversation.js streams the open conversation
      if ((c && c.id) == (want && want.id)) return;
      want = c;
      Zeron.c ? Zeron.c() : c && document.head.append(h('script', { src: base + '/widget/v1/conversation.js' }));
    }

    function first() {
      return !thread.hidden ? (replyForm.hidden ? again : R.t) : cats.length ? cat : M.t;
    }

    function show(o) {
      isOpen = o;
      panel.hidden = !o;
      launcher.setAttribute('aria-expanded', o);
      launcherIcon.firstChild.setAttribute('d', o ? CROSS : CHAT);
    }

    function open() {
      if (isOpen) return;
      show(true);
      render();
      first().focus();
      refresh();
      poll = setInterval(() => document.hidden || refresh(), 10000);
    }

    function close(toLauncher) {
      if (!isOpen) return;
      done = '';
      const hadFocus = root.activeElement;
      show(false);
      clearInterval(poll);
      stream();
      if (toLauncher || hadFocus) launcher.focus();
    }

    async function submit(e) {
      e.preventDefault();
      if (sendBtn.disabled) return;
      const message = M.t.value.trim();
      const addr = mail.value.trim();
      formErr.textContent = '';
      if (!message) { invalid(M, 'Please write a message.'); return M.t.focus(); }
      if (addr && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(addr)) { invalid(mailF, 'Please enter a valid email address.'); return mail.focus(); }
      const payload = { projectKey: key, clientId: uuid(), message, pageUrl: location.href, website: hp.value };
      if (cat.value) payload.category = cat.value;
      if (addr) payload.email = addr;
      if (Object.keys(meta).length) payload.metadata = { ...meta };
      const now = Date.now();
      const entry = { clientId: payload.clientId, body: payload, attempts: 0, nextAttemptAt: now, lease: now + LEASE };
      editQueue(q => [...q, entry]);
      sendBtn.disabled = true;
      const r = await deliver(entry);
      sendBtn.disabled = false;
      schedule();
      if (r.ok || r.queued) {
        settled(r, true);
        if (r.queued) say(r.at ? BUSY(r.at) : QUEUED);
        M.t.value = '';
        M.upd();
        cat.value = '';
        fresh = false;
        render();
        if (isOpen) first().focus();
        if (r.ok) refresh();
      } else {
        formErr.textContent = problem(r);
        say(formErr.textContent);
      }
    }

    async function reply(e) {
      e.preventDefault();
      const conv = load(cKey);
      const text = R.t.value.trim();
      if (!conv || replyBtn.disabled) return;
      if (!text) { invalid(R, 'Please write a message.'); return R.t.focus(); }
      replyBtn.disabled = true;
      let err = '';
      try {
        const r = await api(`conversations/${encodeURIComponent(conv.id)}/messages?token=${encodeURIComponent(conv.token)}`, { body: text });
        if (r.ok) {
          if (msgsFor == conv.id) msgs = [...msgs, r.data.body ? r.data : { author: 'submitter', body: text, createdAt: new Date().toISOString() }];
          R.t.value = '';
          R.upd();
          done = '';
          say('Sent');
          render();
        } else {
          err = problem(r);
          if (r.status == 404) { save(cKey, null); render(); }
        }
      } catch { err = OFFLINE; }
      replyBtn.disabled = false;
      if (err) invalid(R, err);
    }

    Zeron._ = ui = { open, close, render, say, mail, base, w: () => want,
      s: f => { if (msgsFor == want.id) msgs = f(msgs); render(); } };
    if (wantOpen) open();
    refresh();
  }

  const Zeron = {
    version: '1',
    open() { ui ? ui.open() : (wantOpen = true); },
    close() { wantOpen = false; ui?.close(); },
    identify(u) {
      if (!u || typeof u != 'object') return;
      if (u.id != null) setMeta('userId', String(u.id));
      if (u.name != null) setMeta('userName', String(u.name));
      if (u.email) {
        email = String(u.email);
        if (ui && !ui.mail.value) ui.mail.value = email;
      }
    },
    setMetadata(o) {
      if (o && typeof o == 'object') for (const k of Object.keys(o)) setMeta(k, o[k]);
    },
    push(call) {
      const [name, ...args] = Array.isArray(call) ? call : [];
      if (name != 'push' && typeof Zeron[name] == 'function') Zeron[name](...args);
      else warn(`unknown call ${name}`);
    }
  };
  window.Zeron = Zeron;
  if (Array.isArray(stub)) stub.forEach(c => Zeron.push(c));

  if (!key) return warn('no data-project-key');

  flush(true);
  addEventListener('online', () => flush(true));
  addEventListener('storage', e => { if (ui && (e.key == qKey || e.key == cKey)) isOpen ? refresh() : ui.render(); });
  document.addEventListener('visibilitychange', () => { if (ui && !document.hidden && Date.now() - checked > 6e4) refresh(); });

  let tries = 0;
  (async function init() {
    let r;
    try { r = await api('config?key=' + encodeURIComponent(key)); } catch {}
    if (!r || r.status > 499 || r.status == 429) {
      warn('config unavailable; retrying');
      const retry = () => { clearTimeout(t); removeEventListener('online', retry); init(); };
      const t = setTimeout(retry, Math.min(3e5, 5e3 * 2 ** tries++) + (r && r.retryAfter * 1000 || 0));
      return addEventListener('online', retry);
    }
    if (r.status == 403) {
      blocked = true;
      clearTimeout(timer);
      return warn(`this site's origin ${location.origin} is not allowed for project ${key}; add it in Feedback → project → allowed origins`);
    }
    if (!r.ok) return warn(r.status == 404 ? `unknown project key ${key}` : `config failed (${r.status})`);
    if (document.body) build(r.data);
    else addEventListener('DOMContentLoaded', () => build(r.data));
  })();
})();
