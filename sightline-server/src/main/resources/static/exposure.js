// The exposure chart: data from /api/exposure (JSON), drawn with Chart.js; text stays text (no HTML).
(function () {
  var canvas = document.getElementById("exposure-chart");
  if (!canvas) { return; }
  var funder = canvas.getAttribute("data-funder");
  fetch("/api/exposure?funder=" + encodeURIComponent(funder), { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (a) {
      // The bars come from the server (ExposureView.chart); long labels wrap so a phone screen shows them whole.
      var labels = [], ties = [], sources = [];
      var width = window.innerWidth < 600 ? 18 : 40;
      a.chart.forEach(function (b) { labels.push(wrap(b.label, width)); ties.push(b.ties); sources.push(b.independentSources); });
      canvas.parentNode.style.height = Math.max(160, 60 + labels.length * (window.innerWidth < 600 ? 56 : 40)) + "px";
      new Chart(canvas, {
        type: "bar",
        data: { labels: labels, datasets: [
          { label: "ties to adversary-aligned groups", data: ties, backgroundColor: "#b3412f" },
          { label: "independent sources for those ties", data: sources, backgroundColor: "#5b6b7f" } ] },
        options: { indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false,
          scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } } }
      });
      canvas.setAttribute("data-ready", "yes");
    });
  function wrap(text, width) {
    var lines = [], line = "";
    text.split(/\s+/).forEach(function (w) {
      if (line && (line + " " + w).length > width) { lines.push(line); line = w; } else { line = line ? line + " " + w : w; }
    });
    if (line) { lines.push(line); }
    return lines;
  }
})();
