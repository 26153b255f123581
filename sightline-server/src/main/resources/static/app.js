// Sends the session's CSRF token with every htmx request (the server refuses state changes without it).
document.addEventListener("htmx:configRequest", function (e) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) { e.detail.headers["X-CSRF-Token"] = meta.getAttribute("content"); }
});

// On a document page, a click on (or Enter over) a highlight picks the claims whose evidence it is.
function pickClaims(mark) {
  document.querySelectorAll(".picked").forEach(function (el) { el.classList.remove("picked"); });
  mark.classList.add("picked");
  var first = null;
  mark.getAttribute("data-claims").split(" ").forEach(function (c) {
    var li = document.getElementById("claim-" + c.substring(1));
    if (li) { li.classList.add("picked"); first = first || li; }
  });
  if (first) { first.scrollIntoView({ block: "nearest" }); }
}
document.addEventListener("click", function (e) {
  var mark = e.target.closest && e.target.closest("mark[data-claims]");
  if (mark) { pickClaims(mark); }
});
document.addEventListener("keydown", function (e) {
  if (e.key === "Enter" && e.target.matches && e.target.matches("mark[data-claims]")) { pickClaims(e.target); }
});
