// Zeron admin UI: the only script. Everything works without it; it adds the small-screen menu, the organization
// switcher's auto-submit, confirmations (forms with data-confirm) and copy buttons (data-copy-target).
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector("[data-menu-toggle]");
  const header = toggle?.closest(".topbar");
  toggle?.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    header?.classList.toggle("menu-open", open);
  });
  document.querySelector("#org-select")?.addEventListener("change", (event) => event.target.form.requestSubmit());

  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  }

  for (const button of document.querySelectorAll("[data-copy-target]")) {
    const source = document.querySelector(button.dataset.copyTarget);
    const status = document.querySelector(button.dataset.copyStatus);
    if (!source) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = source.textContent.trim();
      const copied = await copyText(text);
      if (!copied) window.getSelection()?.selectAllChildren(source);
      if (status) status.textContent = copied ? "Copied." : "Selected: press Ctrl+C (⌘C) to copy.";
    });
  }
});

// The Clipboard API needs a secure context (HTTPS or localhost); plain HTTP elsewhere falls back to execCommand.
async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
    const area = Object.assign(document.createElement("textarea"), { value: text, readOnly: true });
    area.style.cssText = "position:fixed;top:0;left:0;opacity:0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

// --- layout (issue 12) ---
// Escape closes the small-screen menu and puts focus back on its Menu button.
document.addEventListener("keydown", (event) => {
  const toggle = document.querySelector("[data-menu-toggle]");
  if (event.key !== "Escape" || toggle?.getAttribute("aria-expanded") !== "true") return;
  toggle.click();
  toggle.focus();
});

// --- inbox triage (issue 12) ---
// "Select all on this page" ticks every row's box (it stays hidden without script); a row unticked clears it.
document.addEventListener("DOMContentLoaded", () => {
  const all = document.querySelector("[data-select-page]");
  const rows = [...document.querySelectorAll("[data-select-item]")];
  if (!all || rows.length === 0) return;
  all.hidden = false;
  const sync = () => {
    const ticked = rows.filter((row) => row.checked).length;
    all.checked = ticked === rows.length;
    all.indeterminate = ticked > 0 && ticked < rows.length;
  };
  all.addEventListener("change", () => {
    for (const row of rows) row.checked = all.checked;
  });
  for (const row of rows) row.addEventListener("change", sync);
  sync();
});

// --- accounts: copy buttons on shown-once secrets (issue 12) ---
// <button data-copy="#id" hidden> copies the element's text (Clipboard API, else execCommand, else the text is
// selected for Ctrl+C) and says so in one polite live region, made before any click so screen readers announce it.
document.addEventListener("DOMContentLoaded", () => {
  const buttons = document.querySelectorAll("button[data-copy]");
  if (buttons.length === 0) return;
  const status = Object.assign(document.createElement("p"), { className: "visually-hidden", id: "copy-announcement" });
  status.setAttribute("aria-live", "polite"); // not role=status: the page's own status messages keep that role to themselves
  document.body.append(status);
  for (const button of buttons) {
    const source = document.querySelector(button.dataset.copy);
    if (!source) continue;
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const copied = await copyText(source.textContent.trim());
      if (!copied) window.getSelection()?.selectAllChildren(source);
      button.textContent = copied ? "Copied" : label;
      status.textContent = copied ? "Copied" : "Selected: press Ctrl+C (⌘C) to copy.";
    });
  }
});

// --- search index progress (issue 9) ---
// <section data-index-progress="url" data-left="n"> polls its page's Progress handler every two seconds while items
// are left to embed, updating the count and the <progress> bar; it stops once none is left (or embeddings are off).
document.addEventListener("DOMContentLoaded", () => {
  const section = document.querySelector("[data-index-progress]");
  if (!section) return;
  const text = section.querySelector("#index-progress-text");
  const bar = section.querySelector("#index-progress-bar");
  const poll = async () => {
    let left = 1;
    try {
      const response = await fetch(section.dataset.indexProgress, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (response.ok) {
        const p = await response.json();
        text.textContent = p.summary;
        left = p.model ? p.total - p.embedded : 0;
        if (bar && p.model) {
          bar.max = Math.max(p.total, 1);
          bar.value = p.embedded;
        }
      }
    } catch {
      // unreachable for a moment: the next tick tries again
    }
    if (left > 0) setTimeout(poll, 2000);
  };
  if (Number(section.dataset.left) > 0) setTimeout(poll, 2000);
});

// --- connections (issues 9 and 11) ---
// The add form follows the chosen kind (each <option> carries it): the address and secret labels, the base URL and
// model placeholders, the e-mail field (Jira) and the model field (LLM kinds only).
document.addEventListener("DOMContentLoaded", () => {
  const kind = document.querySelector("select[data-connection-kind]");
  if (!kind) return;
  const form = kind.form;
  const show = () => {
    const option = kind.selectedOptions[0];
    if (!option) return;
    form.elements.BaseUrl.placeholder = option.dataset.baseUrl || "https://your-domain.atlassian.net";
    form.elements.Model.placeholder = option.dataset.model || "";
    form.querySelector("[data-kind-url-label]").textContent = option.dataset.urlLabel;
    form.querySelector("[data-kind-secret-label]").textContent = option.dataset.secretLabel;
    form.querySelector("[data-kind-email]").hidden = option.dataset.needsEmail !== "true";
    form.querySelector("[data-kind-model]").hidden = !option.dataset.model;
  };
  kind.addEventListener("change", show);
  show();
});
