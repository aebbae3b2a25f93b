// Runs in the report page: draws the charts from the JSON embedded beside it with the inlined
// Chart.js. Plain ES5-ish JavaScript, read as text and inlined; it touches no network and no storage.
(function () {
  'use strict';
  var page = JSON.parse(document.getElementById('report-data').textContent);
  var data = page.data;
  var names = page.names;
  var TIERS = ['routine', 'severe', 'crisis'];
  var TIER_COLOURS = { routine: '#4e79a7', severe: '#f28e2b', crisis: '#e15759' };
  var CLOCK_COLOURS = ['#59a14f', '#edc948', '#b07aa1', '#76b7b2'];
  Chart.defaults.animation = false;
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif';
  Chart.defaults.maintainAspectRatio = false;

  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (canvas) new Chart(canvas, config);
  }
  function keysOf(obj) {
    return Object.keys(obj);
  }

  var categories = keysOf(data.categories)
    .filter(function (c) { return data.categories[c] > 0; })
    .sort(function (a, b) { return data.categories[b] - data.categories[a]; });
  draw('chart-categories', {
    type: 'bar',
    data: {
      labels: categories.map(function (c) { return names.categories[c]; }),
      datasets: [{ label: names.tickets, data: categories.map(function (c) { return data.categories[c]; }), backgroundColor: '#4e79a7' }],
    },
    options: { indexAxis: 'y', plugins: { legend: { display: false } } },
  });

  draw('chart-tiers', {
    type: 'doughnut',
    data: {
      labels: TIERS.map(function (t) { return names.tiers[t]; }),
      datasets: [{ data: TIERS.map(function (t) { return data.tiers[t]; }), backgroundColor: TIERS.map(function (t) { return TIER_COLOURS[t]; }) }],
    },
  });

  var risks = keysOf(data.risks);
  draw('chart-risks', {
    type: 'bar',
    data: {
      labels: risks.map(function (r) { return names.risks[r]; }),
      datasets: [{ label: names.tickets, data: risks.map(function (r) { return data.risks[r]; }), backgroundColor: '#e15759' }],
    },
    options: { plugins: { legend: { display: false } } },
  });

  var clocks = keysOf(names.clocks);
  draw('chart-sla', {
    type: 'bar',
    data: {
      labels: TIERS.map(function (t) { return names.tiers[t]; }),
      datasets: clocks.map(function (k, i) {
        return { label: names.clocks[k], data: TIERS.map(function (t) { return data.sla[t].clocks[k].missed; }), backgroundColor: CLOCK_COLOURS[i] };
      }),
    },
  });

  draw('chart-days', {
    type: 'bar',
    data: {
      labels: data.days.map(function (d) { return d.day; }),
      datasets: TIERS.map(function (t) {
        return { label: names.tiers[t], data: data.days.map(function (d) { return d[t]; }), backgroundColor: TIER_COLOURS[t] };
      }),
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  });
})();
