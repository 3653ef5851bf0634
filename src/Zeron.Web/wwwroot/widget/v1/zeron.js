/*! Zeron feedback widget v1 — embed and JS API: docs/widget.md
 * <script src="https://HOST/widget/v1/zeron.js" data-project-key="pk_…" async></script> */
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
  const LEASE = 30000; // a tab sending a queued item holds it this long
  const QUEUED = 'Saved — will send when you’re back online';
  const OFFLINE = 'Couldn’t send. Check your connection and try again.';
  const qKey = `zeron:${key}:queue`;
  const cKey = `zeron:${key}:conversation`;
  const warn = m => console.warn('Zeron: ' + m);

  // localStorage, or memory when it is unavailable or full
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

  const uuid = () => crypto.randomUUID ? crypto.randomUUID() :
    '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, c =>
      (c ^ crypto.getRandomValues(new Uint8Array(1))[0] & 15 >> c / 4).toString(16));

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

  // RFC 9457 problem → one sentence
  const problem = r => {
    const d = r.data;
    let e = d.errors && Object.values(d.errors)[0];
    if (Array.isArray(e)) e = e[0];
    if (e && typeof e == 'object') e = e.message || e.detail;
    return String(d.detail || e || d.title || `Something went wrong (${r.status}).`);
  };

  // queue entries: { clientId, body, attempts, nextAttemptAt, lease }
  async function deliver(entry) {
    let r;
    try { r = await api('feedback?key=' + encodeURIComponent(key), entry.body); } catch { r = { status: 0, data: {} }; }
    r.message = entry.body.message;
    const s = r.status;
    if (r.ok || (s >= 400 && s < 500 && s != 408 && s != 429)) {
      editQueue(q => q.filter(e => e.clientId != entry.clientId));
      return r;
    }
    const attempts = entry.attempts + 1; // network error, 5xx, 408, 429: retry later
    let wait = Math.round(Math.min(3e5, 2000 * 2 ** (attempts - 1) * (0.8 + Math.random() * 0.4)));
    if (s == 429) wait = Math.max(wait, (r.retryAfter || 30) * 1000);
    editQueue(q => q.map(e => e.clientId == entry.clientId
      ? { ...e, attempts, nextAttemptAt: Date.now() + wait, lease: 0, hold: s == 429 } : e));
    r.queued = true;
    return r;
  }

  let flushing = false, rerun, timer;
  async function flush(force) { // force: page load, back online
    if (flushing) return void (rerun = rerun || force || 1); // once more when this pass ends
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
    if (q.length) {
      const next = Math.min(...q.map(e => Math.max(e.nextAttemptAt, e.lease || 0)));
      timer = setTimeout(flush, Math.max(0, next - Date.now()) + 100); // timers may fire a little early
    }
  }

  const meta = {};
  let ui, isOpen = false, wantOpen = false, email = '', msgs = [], msgsFor = '', sig = '', fresh = false, poll;

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
        save(cKey, { id, token });
        msgs = [{ author: 'submitter', body: r.message || '', createdAt: new Date().toISOString() }];
        msgsFor = id;
        if (!fromForm) refresh();
      }
      ui?.say('Sent');
    } else if (!r.queued && !fromForm && ui) {
      ui.say('A saved message could not be sent: ' + problem(r));
    }
    if (!fromForm) ui?.render();
  }

  async function refresh() {
    const conv = load(cKey);
    if (conv) {
      try {
        const r = await api(`conversations/${encodeURIComponent(conv.id)}?token=${encodeURIComponent(conv.token)}`);
        if (load(cKey)?.id != conv.id) return;
        if (r.ok && Array.isArray(r.data.messages)) {
          const replies = l => l.filter(m => m.author != 'submitter').length;
          if (msgsFor == conv.id && replies(r.data.messages) > replies(msgs)) ui?.say('New reply');
          msgs = r.data.messages;
          msgsFor = conv.id;
        } else if ([401, 403, 404, 410].includes(r.status)) {
          save(cKey, null);
        }
      } catch {}
    }
    ui?.render();
  }

  // text goes in as text nodes only; no innerHTML
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
  const CHAT = 'M21 11.5a8.4 8.4 0 0 1-.9 3.8 8.5 8.5 0 0 1-7.6 4.7 8.4 8.4 0 0 1-3.8-.9L3 21l1.9-5.7a8.4 8.4 0 0 1-.9-3.8 8.5 8.5 0 0 1 4.7-7.6 8.4 8.4 0 0 1 3.8-.9h.5a8.5 8.5 0 0 1 8 8z';
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
  const invalid = (f, text) => { f.err.textContent = text; f.t.setAttribute('aria-invalid', !!text); };
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
.z{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#111827}
button{cursor:pointer}
svg{width:20px;height:20px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
:focus-visible{outline:2px solid var(--a);outline-offset:2px}
.l,.p{position:fixed;z-index:2147483000;right:20px}
.L .l,.L .p{left:20px;right:auto}
.l{bottom:20px;width:56px;height:56px;border-radius:50%;display:flex;align-items:center;justify-content:center;background:var(--a);color:var(--on);box-shadow:0 6px 20px rgba(17,24,39,.25);transition:transform .15s}
.l:hover{transform:scale(1.06)}
.l svg{width:26px;height:26px}
.p{bottom:88px;width:370px;max-height:calc(100vh - 108px);display:flex;flex-direction:column;overflow:hidden;background:#fff;border-radius:12px;box-shadow:0 16px 48px rgba(17,24,39,.2),0 0 0 1px rgba(17,24,39,.08);animation:zin .2s ease-out}
@keyframes zin{from{opacity:0;transform:translateY(10px)}}
.hd{display:flex;align-items:center;gap:8px;padding:14px 12px 14px 18px;background:var(--a);color:var(--on)}
.hd :focus-visible{outline-color:currentColor}
h2{flex:1;font-size:16px;font-weight:600}
.x{display:flex;padding:6px;border-radius:8px}
.x:hover{background:rgba(127,127,127,.25)}
.bd{display:flex;flex-direction:column;gap:14px;padding:16px 18px 18px;overflow-y:auto}
.g{color:#4b5563}
form{display:flex;flex-direction:column;gap:4px}
label{display:block;margin-top:6px;font-size:13px;font-weight:600;color:#374151}
label span{font-weight:400;color:#6b7280}
select,textarea,input{display:block;width:100%;padding:9px 11px;border:1px solid #d1d5db;border-radius:8px;background:#fff;color:#111827;font-size:14px}
select{height:40px}
textarea{min-height:64px;resize:vertical}
select:focus,textarea:focus,input:focus{border-color:var(--a);outline:2px solid var(--a);outline-offset:-1px}
[aria-invalid=true]{border-color:#dc2626}
.meta{display:flex;justify-content:space-between;gap:8px;font-size:12px;color:#6b7280}
.err{color:#b91c1c}
.s{margin-top:10px;padding:10px 16px;border-radius:8px;background:var(--a);color:var(--on);font-weight:600}
.s:hover{filter:brightness(1.08)}
.s:disabled{opacity:.6;cursor:default}
.lk{align-self:center;color:#4b5563;font-size:13px;text-decoration:underline}
ol{display:flex;flex-direction:column;gap:10px;list-style:none}
li{align-self:flex-start;max-width:85%}
li p{padding:9px 12px;border-radius:12px 12px 12px 4px;background:#f3f4f6;white-space:pre-wrap;overflow-wrap:anywhere}
.w{margin:0 4px 3px;font-size:12px;color:#6b7280}
.me{align-self:flex-end}
.me .w{text-align:right}
.me p{border-radius:12px 12px 4px;background:var(--a);color:var(--on)}
.pe p{opacity:.75}
.hp,.sr{position:absolute;width:1px;height:1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:480px){.p,.L .p{left:8px;right:8px;width:auto;bottom:84px;max-height:calc(100dvh - 100px)}select,textarea,input{font-size:16px}}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}`;

  function build(c) {
    const accent = /^#[\da-f]{6}$/i.test(c.accentColor) ? c.accentColor : '#4f46e5';
    const rgb = accent.match(/\w\w/g).map(x => parseInt(x, 16));
    const onAccent = rgb[0] * .299 + rgb[1] * .587 + rgb[2] * .114 > 165 ? '#111827' : '#fff';
    const cats = Array.isArray(c.categories) ? c.categories.filter(x => typeof x == 'string') : [];
    const title = String(c.title || 'Feedback');

    const host = h('div', { 'data-zeron-widget': '' });
    const root = host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } catch { root.append(h('style', {}, CSS)); }

    const live = h('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    const launcherIcon = icon(CHAT);
    const launcher = h('button', {
      type: 'button', class: 'l', 'aria-label': title, 'aria-expanded': 'false', 'aria-controls': 'zp',
      'aria-haspopup': 'dialog', onclick: () => isOpen ? close() : open()
    }, launcherIcon);

    // feedback form
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

    // conversation
    const list = h('ol', { 'aria-label': 'Conversation' });
    const R = area('zr', 'Your reply', 3);
    const replyBtn = h('button', { type: 'submit', class: 's' }, 'Send reply');
    const replyForm = h('form', { novalidate: true, onsubmit: reply }, ...R.el, replyBtn);
    const again = h('button', {
      type: 'button', class: 'lk',
      onclick: () => { save(cKey, null); fresh = true; render(); (cats.length ? cat : M.t).focus(); }
    });
    const thread = h('div', { class: 'bd', hidden: true }, list, replyForm, again);

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

    function render() {
      const conv = load(cKey);
      const pending = queue();
      const showThread = !fresh && !!(conv || pending.length);
      body.hidden = showThread;
      thread.hidden = !showThread;
      replyForm.hidden = !conv;
      again.textContent = conv ? 'Start a new conversation' : 'Write another message';
      if (!showThread) return;
      const items = [...(conv && msgsFor == conv.id ? msgs : []),
        ...pending.map(e => ({ author: 'submitter', body: e.body.message, pending: true }))];
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
          ...(m.pending ? [h('div', { class: 'w' }, QUEUED)] : []));
      }));
      thread.scrollTop = thread.scrollHeight;
    }

    function first() {
      return !thread.hidden ? (replyForm.hidden ? again : R.t) : cats.length ? cat : M.t;
    }

    function open() {
      if (isOpen) return;
      isOpen = true;
      panel.hidden = false;
      launcher.setAttribute('aria-expanded', 'true');
      launcherIcon.firstChild.setAttribute('d', CROSS);
      render();
      first().focus();
      refresh();
      poll = setInterval(() => document.hidden || refresh(), 10000);
    }

    function close(toLauncher) {
      if (!isOpen) return;
      isOpen = false;
      const hadFocus = root.activeElement;
      panel.hidden = true;
      launcher.setAttribute('aria-expanded', 'false');
      launcherIcon.firstChild.setAttribute('d', CHAT);
      clearInterval(poll);
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
      editQueue(q => [...q, entry]); // saved first, then sent
      sendBtn.disabled = true;
      const r = await deliver(entry);
      sendBtn.disabled = false;
      schedule();
      if (r.ok || r.queued) {
        settled(r, true);
        if (r.queued) say(QUEUED);
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
          say('Sent');
          render();
        } else {
          err = problem(r);
          if (r.status == 404) { save(cKey, null); render(); }
        }
      } catch { err = OFFLINE; }
      replyBtn.disabled = false;
      if (err) { invalid(R, err); say(err); }
    }

    ui = { open, close, render, say, mail };
    if (wantOpen) open();
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
  addEventListener('storage', e => { if (ui && isOpen && (e.key == qKey || e.key == cKey)) refresh(); });

  let tries = 0;
  (async function init() {
    let r;
    try { r = await api('config?key=' + encodeURIComponent(key)); } catch {}
    if (!r || r.status > 499 || r.status == 429) { // unreachable or busy: back off, or go at once when back online
      warn('config unavailable; retrying');
      const retry = () => { clearTimeout(t); removeEventListener('online', retry); init(); };
      const t = setTimeout(retry, Math.min(3e5, 5e3 * 2 ** tries++) + (r && r.retryAfter * 1000 || 0));
      return addEventListener('online', retry);
    }
    if (!r.ok) return warn(r.status == 404 ? `unknown project key ${key}` : `config failed (${r.status})`);
    if (document.body) build(r.data);
    else addEventListener('DOMContentLoaded', () => build(r.data));
  })();
})();
