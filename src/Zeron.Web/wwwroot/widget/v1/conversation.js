/*! Zeron feedback widget v1 — the open conversation, live (loaded by zeron.js when needed): docs/widget.md */
(() => {
  'use strict';

  const Z = window.Zeron;
  if (!Z || !Z._ || Z.c) return;
  const ui = Z._;
  let es, at, draft = '';

  // The question being written shows as a pending assistant message; a stored message replaces its copies.
  const writing = text => ui.s(ms => [...ms.filter(m => !m.draft),
    ...(text ? [{ author: 'assistant', body: text, pending: 'Writing…', draft: 1 }] : [])]);
  const data = e => { try { return JSON.parse(e.data) || {}; } catch { return {}; } };

  Z.c = () => {
    const c = ui.w();
    if ((c && c.id) == at) return;
    es?.close();
    es = null;
    at = c && c.id;
    draft = '';
    if (!c || !window.EventSource) return;
    es = new EventSource(`${ui.base}/api/widget/v1/conversations/${encodeURIComponent(c.id)}/stream?token=${encodeURIComponent(c.token)}`);
    es.addEventListener('delta', e => { draft += String(data(e).text || ''); writing(draft); });
    es.addEventListener('done', () => { draft = ''; writing(''); });
    es.addEventListener('message', e => {
      const m = data(e);
      if (!m.id) return;
      let added = false;
      ui.s(ms => {
        added = !ms.some(x => x.id == m.id);
        return added ? [...ms.filter(x => x.id || !(x.draft ? m.author == 'assistant' : x.body == m.body)), m] : ms;
      });
      if (m.author == 'assistant') draft = '';
      // Live events carry an id, the stored messages sent first do not: only news is read out.
      if (added && e.lastEventId && m.author != 'submitter') ui.say(`${m.author == 'assistant' ? 'Assistant' : 'Team'}: ${m.body}`);
    });
    // Closed for good (a refused token or origin, 429): the widget's polling carries on alone.
    es.onerror = () => { if (es?.readyState == 2) es = null; };
  };
  Z.c();
})();
