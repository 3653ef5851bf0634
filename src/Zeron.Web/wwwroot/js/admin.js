// Zeron admin UI: the only script. Toggles the small-screen menu; everything else works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector("[data-menu-toggle]");
  const header = toggle?.closest(".topbar");
  if (!toggle || !header) return;
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    header.classList.toggle("menu-open", open);
  });
  document.querySelector("#org-select")?.addEventListener("change", (event) => event.target.form.requestSubmit());
});
