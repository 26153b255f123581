// Sends the session's CSRF token with every htmx request (the server refuses state changes without it).
document.addEventListener("htmx:configRequest", function (e) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) { e.detail.headers["X-CSRF-Token"] = meta.getAttribute("content"); }
});
