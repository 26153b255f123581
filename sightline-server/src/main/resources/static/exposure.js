// The exposure chart: data from /api/exposure (JSON), drawn with Chart.js; text stays text (no HTML).
(function () {
  var canvas = document.getElementById("exposure-chart");
  if (!canvas) { return; }
  var funder = canvas.getAttribute("data-funder");
  fetch("/api/exposure?funder=" + encodeURIComponent(funder), { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (a) {
      var labels = [], ties = [], sources = [];
      a.recipients.forEach(function (r) {
        r.units.forEach(function (u) {
          labels.push(u.unit.name + " (" + r.recipient.name + ")");
          ties.push(u.ties.length);
          var s = 0;
          u.ties.forEach(function (t) { s += t.tie.independentSources; });
          sources.push(s);
        });
      });
      new Chart(canvas, {
        type: "bar",
        data: { labels: labels, datasets: [
          { label: "ties to adversary-aligned groups", data: ties, backgroundColor: "#b3412f" },
          { label: "independent sources for those ties", data: sources, backgroundColor: "#5b6b7f" } ] },
        options: { indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false,
          scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
      canvas.setAttribute("data-ready", "yes");
    });
})();
